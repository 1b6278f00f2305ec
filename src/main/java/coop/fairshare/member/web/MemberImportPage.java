package coop.fairshare.member.web;

import coop.fairshare.member.ImportOutcome;
import coop.fairshare.member.ImportProblem;
import coop.fairshare.member.MemberSpreadsheet;
import coop.fairshare.member.Members;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

/**
 * The treasurer's import of a spreadsheet of members: the file is checked row by row; a good one
 * goes in whole, a bad one not at all, with each bad line and its reason listed in her language.
 */
@Named
@ViewScoped
@RetriedOnDeadlock
public class MemberImportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB
  private Members members;

  private transient Part file;
  private List<ImportProblem> problems = List.of();
  private ImportOutcome.Imported imported;

  public void upload() {
    problems = List.of();
    imported = null;
    try {
      if (file == null || file.getSize() == 0) {
        Texts.error("import:file", "member.import.empty");
        return;
      }
      byte[] bytes;
      try (InputStream in = file.getInputStream()) {
        bytes = in.readAllBytes();
      }
      PageActions.call(() -> members.importSpreadsheet(bytes)).ifPresent(outcome -> {
        if (outcome instanceof ImportOutcome.Imported done) {
          imported = done;
          Texts.info(null, "member.import.done", done.count(), done.firstNumber(), done.lastNumber());
        } else {
          problems = ((ImportOutcome.Refused) outcome).problems();
          Texts.error(null, "member.import.refused", problems.size());
        }
      });
    } catch (IOException e) {
      Texts.error("import:file", "member.import.unreadable");
    }
    // the file is kept until the view goes (a retry after a deadlock reads it again; it is transient)
  }

  /** A problem in the reader's language. */
  public String reason(ImportProblem p) {
    return Texts.text(p.messageKey(), p.arguments());
  }

  /** The header row a file starts with, all columns in order (groupCode or groupId may be left out). */
  public String getHeaderRow() {
    return String.join(",", MemberSpreadsheet.COLUMNS);
  }

  public List<String> getColumns() {
    return MemberSpreadsheet.COLUMNS;
  }

  public List<ImportProblem> getProblems() {
    return problems;
  }

  public ImportOutcome.Imported getImported() {
    return imported;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
