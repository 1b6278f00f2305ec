package coop.fairshare.welfare;

import java.io.Serializable;
import java.util.List;

/**
 * One reason an assessment gives, as a stable code (a message key, {@code welfare.reason.*}) and the
 * values its text needs; the pages and the API put it into Thai or English.
 */
public record Reason(String code, List<String> arguments) implements Serializable {

  public Reason {
    arguments = List.copyOf(arguments);
  }

  static Reason of(String code, Object... arguments) {
    return new Reason("welfare.reason." + code, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
  }
}
