package coop.fairshare.member;

import java.io.Serializable;
import java.util.List;

/** What came of importing a spreadsheet of members: all of it, or nothing and every bad line. */
public sealed interface ImportOutcome extends Serializable {

  /** Every row went in, in one transaction; their new numbers run from {@code firstNumber} to {@code lastNumber}. */
  record Imported(int count, String firstNumber, String lastNumber, long millis) implements ImportOutcome {}

  /** Nothing went in; each bad line with its reason. */
  record Refused(List<ImportProblem> problems) implements ImportOutcome {

    public Refused {
      problems = List.copyOf(problems);
    }
  }
}
