package coop.fairshare.payment;

import coop.fairshare.shared.BadInput;
import java.io.Serializable;
import java.util.Locale;

/** A maker or a group the cooperative pays, written "member-12" or "group-5" in pages and the API. */
public record Payee(PayeeKind kind, long id) implements Serializable {

  public Payee {
    if (kind == null || id <= 0) {
      throw new BadInput("payee.unknown").on("payee");
    }
  }

  public static Payee member(long id) {
    return new Payee(PayeeKind.MEMBER, id);
  }

  public static Payee group(long id) {
    return new Payee(PayeeKind.GROUP, id);
  }

  public static Payee parse(String key) {
    return keyed(key).orElseThrow(() -> new BadInput("payee.unknown").on("payee"));
  }

  /** The payee a key names ("member-12", "group-5"), if the text is one. */
  public static java.util.Optional<Payee> keyed(String key) {
    if (key != null) {
      String[] parts = key.strip().split("-", 2);
      if (parts.length == 2 && parts[1].matches("\\d{1,18}")) {
        for (PayeeKind kind : PayeeKind.values()) {
          if (kind.name().equalsIgnoreCase(parts[0]) && Long.parseLong(parts[1]) > 0) {
            return java.util.Optional.of(new Payee(kind, Long.parseLong(parts[1])));
          }
        }
      }
    }
    return java.util.Optional.empty();
  }

  public String key() {
    return kind.name().toLowerCase(Locale.ROOT) + "-" + id;
  }

  /** Short, letters and digits, so a bank's reference field keeps it whole: "FS12-M33". */
  String reference(long runId) {
    return "FS" + runId + "-" + kind.name().charAt(0) + id;
  }
}
