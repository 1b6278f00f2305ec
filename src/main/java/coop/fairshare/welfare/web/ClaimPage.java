package coop.fairshare.welfare.web;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.security.Roles;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.Texts;
import coop.fairshare.welfare.Benefit;
import coop.fairshare.welfare.ClaimDocument;
import coop.fairshare.welfare.ClaimState;
import coop.fairshare.welfare.ClaimView;
import coop.fairshare.welfare.WelfareClaims;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Map;

/**
 * One claim: what happened, what the scheme grants, where it stands and who decided, its papers.
 * A treasurer gives the next approval (setting a disaster's amount at the first) or rejects it with
 * the reason the member reads; the member and her group's leader see it and may add papers while
 * it waits. The claim travels in the address ({@code ?id=12}); the forms post back to it.
 */
@Named
@RequestScoped
@RetriedOnDeadlock
public class ClaimPage {

  @EJB
  private WelfareClaims claims;

  private String id;
  private ClaimView claim;
  private String amount;
  private String reason;
  private transient Part document;

  /** Anything but a claim the caller may see is simply not found. */
  public void load() throws IOException {
    if (getClaim() == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "claim");
      faces.responseComplete();
    }
  }

  public ClaimView getClaim() {
    if (claim == null) {
      Long wanted = number();
      if (wanted != null) {
        try {
          claim = claims.claim(wanted);
        } catch (NotFound e) {
          return null;
        }
      }
    }
    return claim;
  }

  /** Whether the signed-in person is on the fund's desk (a treasurer or an admin). */
  public boolean isDesk() {
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    return ec.isUserInRole(Roles.TREASURER) || ec.isUserInRole(Roles.ADMIN);
  }

  /** Whether she may give the next approval: on the desk, not its submitter nor its first approver. */
  public boolean isMayApprove() {
    String me = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    return isDesk() && getClaim() != null && me != null && getClaim().approvableBy(me);
  }

  /** A disaster's amount is set at its first approval. */
  public boolean isSetsAmount() {
    return getClaim() != null && getClaim().benefit() == Benefit.DISASTER && getClaim().state() == ClaimState.WAITING_FIRST;
  }

  public void approve() {
    Long wanted = number();
    if (wanted == null) {
      return;
    }
    Money set;
    try {
      set = isSetsAmount() && amount != null && !amount.isBlank() ? Money.parseBaht(amount) : null;
    } catch (BadInput e) {
      PageActions.refused(e.on("amount"), Map.of("amount", "approve-form:amount"));
      return;
    }
    PageActions.call(() -> claims.approve(wanted, set), Map.of("amount", "approve-form:amount")).ifPresent(done -> {
      claim = done;
      Texts.info(null, done.state() == ClaimState.PAID ? "welfare.claim.page.paid" : done.state() == ClaimState.QUEUED ? "welfare.claim.page.queued"
          : "welfare.claim.page.firstApproved");
    });
  }

  public void reject() {
    Long wanted = number();
    if (wanted != null) {
      PageActions.call(() -> claims.reject(wanted, reason), Map.of("reason", "reject-form:reason")).ifPresent(done -> {
        claim = done;
        reason = null;
        Texts.info(null, "welfare.claim.page.rejected");
      });
    }
  }

  public void addDocument() {
    Long wanted = number();
    if (wanted == null) {
      return;
    }
    byte[] bytes = ClaimUploads.read(document, "document-form:document");
    if (bytes != null) {
      String name = document == null ? null : document.getSubmittedFileName();
      PageActions.call(() -> claims.addDocument(wanted, ClaimDocument.of(name, bytes)), Map.of("documents", "document-form:document")).ifPresent(done -> {
        claim = done;
        Texts.info(null, "welfare.claim.page.documentAdded");
      });
    }
  }

  private Long number() {
    String raw = id != null ? id : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    if (raw == null || !raw.strip().matches("\\d{1,18}")) {
      return null;
    }
    return Long.valueOf(raw.strip());
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getAmount() {
    return amount;
  }

  public void setAmount(String amount) {
    this.amount = amount;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Part getDocument() {
    return document;
  }

  public void setDocument(Part document) {
    this.document = document;
  }
}
