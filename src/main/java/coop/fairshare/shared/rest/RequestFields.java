package coop.fairshare.shared.rest;

import coop.fairshare.shared.BadInput;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns what a client sent into what the domain takes, refusing the gaps as bad input with the
 * field's name: a missing body or field, a null in a list, a word outside a fixed set, a number
 * that is not one. The domain's own rules come after.
 */
public final class RequestFields {

  private RequestFields() {}

  /** The body itself; {@code null} when the client sent {@code null} or nothing. */
  public static <T> T body(T body) {
    if (body == null) {
      throw new BadInput("error.bodyRequired");
    }
    return body;
  }

  public static <T> T required(T value, String field) {
    if (value == null) {
      throw new BadInput("error.fieldRequired", field);
    }
    return value;
  }

  /** A list that must be there and whose elements must all be there (an empty list is the domain's to judge). */
  public static <T> List<T> elements(List<T> list, String field) {
    required(list, field);
    if (list.stream().anyMatch(e -> e == null)) {
      throw new BadInput("error.listElementMissing", field);
    }
    return list;
  }

  /** One of a fixed set of words, in any case; anything else is refused with the words allowed. */
  public static <E extends Enum<E>> E oneOf(Class<E> type, String raw, String field) {
    String wanted = required(raw, field).strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(wanted)).findFirst()
        .orElseThrow(() -> new BadInput("error.unknownValue", field, Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
  }

  /** A whole number from a query parameter, or the fallback when it is absent. */
  public static long number(String raw, long fallback, long min, long max) {
    return raw == null || raw.isBlank() ? fallback : WholeNumbers.exactly(raw, min, max);
  }

  /** An amount in baht as a string with at most two decimals ("1234.50"), refused beside its field. */
  public static coop.fairshare.shared.Money baht(String raw, String field) {
    try {
      return coop.fairshare.shared.Money.parseBaht(raw);
    } catch (BadInput refused) {
      throw (BadInput) refused.on(field);
    }
  }

  /** A day as yyyy-MM-dd, or {@code null} when left out (the use case picks its default). */
  public static java.time.LocalDate date(String raw, String field) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(raw.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw (BadInput) new BadInput("error.dateInvalid", field).on(field);
    }
  }
}
