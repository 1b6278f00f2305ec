package coop.fairshare.shared;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.Optional;

/**
 * A request broke one of the cooperative's rules. It carries a stable message key (resolved from
 * the bundles in the user's language), optionally the field at fault (so a page can put the
 * message beside it), and rolls back whatever the transaction had done.
 */
@ApplicationException(rollback = true)
public class BusinessRuleViolation extends RuntimeException {

  private final String messageKey;
  private final transient Object[] arguments;
  private String field;

  public BusinessRuleViolation(String messageKey, Object... arguments) {
    super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  /**
   * Names the field the refusal is about, in the words of the domain ("price", "postcode"); a page
   * maps it to its own input. Returns this, so it reads {@code throw new BadInput(...).on("price")}.
   */
  public BusinessRuleViolation on(String fieldName) {
    this.field = fieldName;
    return this;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments == null ? new Object[0] : arguments.clone();
  }

  public Optional<String> field() {
    return Optional.ofNullable(field);
  }
}
