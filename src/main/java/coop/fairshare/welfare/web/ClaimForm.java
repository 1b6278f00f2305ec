package coop.fairshare.welfare.web;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.security.Roles;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.Texts;
import coop.fairshare.welfare.Assessment;
import coop.fairshare.welfare.Benefit;
import coop.fairshare.welfare.ClaimDocument;
import coop.fairshare.welfare.ClaimFacts;
import coop.fairshare.welfare.ClaimView;
import coop.fairshare.welfare.Reason;
import coop.fairshare.welfare.WelfareClaims;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * A claim on the fund, made by the member herself, her group's leader or a treasurer: what
 * happened and when, what it needs (nights, children, a disaster's amount), a note and a paper.
 * "Check" shows what the scheme would pay and why before anything is stored; "Submit" stores it
 * waiting for two approvals and opens the claim. Every refusal goes beside its field; what was
 * typed stays.
 */
@Named
@RequestScoped
@RetriedOnDeadlock
public class ClaimForm {

  private static final Map<String, String> INPUTS = Map.of("memberNumber", "claim-form:member", "benefit", "claim-form:benefit", "eventDate", "claim-form:eventDate",
      "nights", "claim-form:nights", "children", "claim-form:children", "amount", "claim-form:amount", "note", "claim-form:note", "documents", "claim-form:document");

  @EJB
  private WelfareClaims claims;

  private String memberNumber;
  private String benefit;
  private String eventDate;
  private String nights;
  private String children;
  private String amount;
  private String note;
  private transient Part document;
  private Assessment assessment;

  /** A member claims for herself only: her number is filled in and not asked. */
  public boolean isForHerself() {
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    return ec.isUserInRole(Roles.MEMBER) && !ec.isUserInRole(Roles.TREASURER) && !ec.isUserInRole(Roles.ADMIN) && !ec.isUserInRole(Roles.PRODUCER);
  }

  private Boolean leader;
  private List<ClaimView> mine;

  /** A group's leader claims for her group's members, and sees the claims she made. */
  public boolean isLeader() {
    if (leader == null) {
      leader = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.PRODUCER) && claims.callerLeadsAGroup();
    }
    return leader;
  }

  public List<ClaimView> getSubmittedByMe() {
    if (mine == null) {
      mine = claims.submittedByMe();
    }
    return mine;
  }

  public List<Benefit> getBenefits() {
    return List.of(Benefit.values());
  }

  public void check() {
    facts().flatMap(f -> PageActions.call(() -> claims.assess(number(), f), INPUTS)).ifPresent(a -> assessment = a);
  }

  public String submit() {
    var facts = facts();
    if (facts.isEmpty()) {
      return null;
    }
    List<ClaimDocument> papers;
    byte[] bytes = ClaimUploads.read(document, "claim-form:document");
    if (bytes == null) {
      return null;
    }
    try {
      papers = bytes.length == 0 ? List.of() : List.of(ClaimDocument.of(document.getSubmittedFileName(), bytes));
    } catch (BusinessRuleViolation e) {
      PageActions.refused(e, INPUTS);
      return null;
    }
    return PageActions.call(() -> claims.submit(number(), facts.get(), note, papers), INPUTS).map(ClaimView::id)
        .map(id -> "/welfare/claim.xhtml?faces-redirect=true&id=" + id).orElse(null);
  }

  private String number() {
    return isForHerself() ? claims.callerMemberNumber().orElse("") : memberNumber;
  }

  /** The facts as typed, or empty with each refusal beside its field. */
  private java.util.Optional<ClaimFacts> facts() {
    try {
      Benefit chosen = benefit == null || benefit.isBlank() ? null : Benefit.valueOf(benefit);
      LocalDate day = date(eventDate);
      int n = whole(nights, "nights", chosen == Benefit.HOSPITAL);
      int c = whole(children, "children", chosen == Benefit.CHILDBIRTH);
      Money asked = chosen == Benefit.DISASTER && amount != null && !amount.isBlank() ? baht(amount) : null;
      return java.util.Optional.of(new ClaimFacts(chosen, day, n, c, asked));
    } catch (BusinessRuleViolation e) {
      PageActions.refused(e, INPUTS);
      return java.util.Optional.empty();
    } catch (IllegalArgumentException e) {
      Texts.error("claim-form:benefit", "welfare.claim.benefit");
      return java.util.Optional.empty();
    }
  }

  private static LocalDate date(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(typed.strip());
    } catch (DateTimeParseException e) {
      throw new BadInput("welfare.claim.eventDate").on("eventDate");
    }
  }

  private static int whole(String typed, String field, boolean asked) {
    if (!asked || typed == null || typed.isBlank()) {
      return 0;
    }
    try {
      return Integer.parseInt(typed.strip());
    } catch (NumberFormatException e) {
      return -1; // the facts refuse it with the field's own words
    }
  }

  private static Money baht(String typed) {
    try {
      return Money.parseBaht(typed);
    } catch (BadInput e) {
      throw e.on("amount");
    }
  }

  public Assessment getAssessment() {
    return assessment;
  }

  public List<Reason> getReasons() {
    return assessment == null ? List.of() : assessment.reasons();
  }

  /** A reason in the page's language. */
  public String text(Reason reason) {
    return Texts.text(reason.code(), reason.arguments().toArray());
  }

  public String getMemberNumber() {
    return memberNumber;
  }

  public void setMemberNumber(String memberNumber) {
    this.memberNumber = memberNumber;
  }

  public String getBenefit() {
    return benefit;
  }

  public void setBenefit(String benefit) {
    this.benefit = benefit;
  }

  public String getEventDate() {
    return eventDate;
  }

  public void setEventDate(String eventDate) {
    this.eventDate = eventDate;
  }

  public String getNights() {
    return nights;
  }

  public void setNights(String nights) {
    this.nights = nights;
  }

  public String getChildren() {
    return children;
  }

  public void setChildren(String children) {
    this.children = children;
  }

  public String getAmount() {
    return amount;
  }

  public void setAmount(String amount) {
    this.amount = amount;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public Part getDocument() {
    return document;
  }

  public void setDocument(Part document) {
    this.document = document;
  }
}
