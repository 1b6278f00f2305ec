package coop.fairshare.welfare;

import java.io.Serializable;
import java.util.List;

/**
 * One reason an assessment gives, as a stable code (a message key, {@code welfare.reason.*}) and the
 * values its text needs; the pages and the API put it into Thai or English.
 */
public record Reason(String code, List<String> arguments, boolean refuses) implements Serializable {

  public Reason {
    arguments = List.copyOf(arguments);
  }

  /** A reason that says how the amount was reached. */
  static Reason of(String code, Object... arguments) {
    return new Reason("welfare.reason." + code, java.util.Arrays.stream(arguments).map(String::valueOf).toList(), false);
  }

  /** A reason the claim cannot be paid. */
  static Reason refusing(String code, Object... arguments) {
    return new Reason("welfare.reason." + code, java.util.Arrays.stream(arguments).map(String::valueOf).toList(), true);
  }

  /** This reason as a message argument, put into the reader's language where it is shown. */
  public coop.fairshare.shared.TextKey asText() {
    return new coop.fairshare.shared.TextKey(code, List.<java.io.Serializable>copyOf(arguments));
  }
}
