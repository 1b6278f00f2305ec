package coop.fairshare.shared.rest;

import coop.fairshare.shared.BadInput;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * Reads whole numbers from JSON exactly. The default reading keeps only the low bits, so
 * {@code 4294967416} became {@code 120} and {@code 4294967297} became {@code 1}; here a number that
 * is a fraction or does not fit is refused as bad input.
 */
public final class WholeNumbers {

  /** Longer than any long (with sign and exponent) can be written sensibly: refused unread, so no huge BigDecimal is built. */
  private static final int LONGEST_TEXT = 40;

  private WholeNumbers() {}

  /** The number written in {@code text}, if it is a whole number from {@code min} to {@code max}. */
  public static long exactly(String text, long min, long max) {
    if (text == null || text.isBlank() || text.length() > LONGEST_TEXT) {
      throw refused(min, max);
    }
    try {
      long value = new BigDecimal(text.strip()).longValueExact();
      if (value < min || value > max) {
        throw refused(min, max);
      }
      return value;
    } catch (NumberFormatException | ArithmeticException e) {
      throw refused(min, max);
    }
  }

  private static BadInput refused(long min, long max) {
    return new BadInput("error.wholeNumberExpected", String.valueOf(min), String.valueOf(max));
  }

  private static String text(JsonParser parser, long min, long max) {
    try {
      return parser.getString();
    } catch (IllegalStateException notANumber) {
      throw refused(min, max);
    }
  }

  /** An Integer (request records use Integer, not int: JSON-B applies no custom reader to primitives). */
  public static final class IntegerReader implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
      return (int) exactly(text(parser, Integer.MIN_VALUE, Integer.MAX_VALUE), Integer.MIN_VALUE, Integer.MAX_VALUE);
    }
  }

  /** A Long (request records use Long, not long, for the same reason). */
  public static final class LongReader implements JsonbDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
      return exactly(text(parser, Long.MIN_VALUE, Long.MAX_VALUE), Long.MIN_VALUE, Long.MAX_VALUE);
    }
  }
}
