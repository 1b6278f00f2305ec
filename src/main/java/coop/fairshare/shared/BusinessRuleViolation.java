package coop.fairshare.shared;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A request broke one of the cooperative's rules. It carries a stable message key (resolved from
 * the bundles in the user's language) and rolls back whatever the transaction had done.
 */
@ApplicationException(rollback = true)
public class BusinessRuleViolation extends RuntimeException {

  private final String messageKey;
  private final transient Object[] arguments;

  public BusinessRuleViolation(String messageKey, Object... arguments) {
    super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments == null ? new Object[0] : arguments.clone();
  }
}
