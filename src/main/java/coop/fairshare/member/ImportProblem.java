package coop.fairshare.member;

import java.io.Serializable;

/**
 * Why one line of an imported spreadsheet cannot go in: the line in the file (the header is line
 * 1), a message key with its arguments (shown in the reader's language) and the column at fault.
 */
public record ImportProblem(long line, String messageKey, Object[] arguments, String column) implements Serializable {

  public ImportProblem {
    arguments = arguments == null ? new Object[0] : arguments.clone();
  }

  @Override
  public Object[] arguments() {
    return arguments.clone();
  }
}
