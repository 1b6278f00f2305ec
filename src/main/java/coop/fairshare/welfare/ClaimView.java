package coop.fairshare.welfare;

import coop.fairshare.shared.Money;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** A claim as pages and the API show it, with the member it is for and the papers sent with it. */
public record ClaimView(long id, String memberNumber, String memberNameTh, String memberNameEn, String groupCode, String regionCode, Benefit benefit, LocalDate eventDate,
    int nights, int children, Money amount, ClaimState state, String note, String submittedBy, Instant submittedAt, String firstApprover, String secondApprover,
    Instant approvedAt, String rejectionReason, Instant paidAt, Long payoutEntryId, List<DocumentInfo> documents) implements Serializable {

  /** An uploaded paper, without its bytes. */
  public record DocumentInfo(long id, String fileName, String contentType, int sizeBytes) implements Serializable {}

  public ClaimView {
    documents = List.copyOf(documents);
  }

  public String memberName(Locale locale) {
    return "en".equals(locale.getLanguage()) && memberNameEn != null ? memberNameEn : memberNameTh;
  }

  /** Whether this person may give its next approval: not the one who submitted it nor gave the first. */
  public boolean approvableBy(String username) {
    return state.isOpen() && !username.equals(submittedBy) && !username.equals(firstApprover);
  }
}
