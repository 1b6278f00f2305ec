package coop.fairshare.ledger.web;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.ledger.EntrySource;
import coop.fairshare.ledger.Ledger;
import coop.fairshare.ledger.PostedEntry;
import coop.fairshare.ledger.Side;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** One journal entry with its lines, its links to a reversal either way, and the form to reverse it. */
@Named
@RequestScoped
@RetriedOnDeadlock
public class EntryPage {

  /** What the description column of the journal holds. */
  static final int MAX_REASON = 500;

  @EJB
  private Ledger ledger;

  private String id;
  private PostedEntry entry;
  private String reason;

  /** Anything but the number of an existing entry is simply not found. */
  public void load() throws IOException {
    if (getEntry() == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "entry");
      faces.responseComplete();
    }
  }

  /**
   * Read when first asked for. On a postback the view parameter reaches this bean only after the
   * form has been decoded, and the reverse form is drawn only for a reversible entry; so until then
   * the id is taken from the address, where the form posts back to.
   */
  public PostedEntry getEntry() {
    if (entry == null) {
      String raw = id != null ? id : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
      entry = parse(raw).flatMap(ledger::entry).orElse(null);
    }
    return entry;
  }

  public Money total(Side side) {
    return getEntry().lines().stream().filter(l -> l.side() == side).map(PostedEntry.Line::amount).reduce(Money.ZERO, Money::plus);
  }

  public Money getDebits() {
    return total(Side.DEBIT);
  }

  public Money getCredits() {
    return total(Side.CREDIT);
  }

  /** A reversal cannot be reversed, and an entry is reversed once. */
  public boolean isReversible() {
    PostedEntry e = getEntry();
    return e != null && e.source() != EntrySource.REVERSAL && e.reversedByEntryId() == null;
  }

  public String reverse() {
    PostedEntry original = getEntry();
    if (original == null) {
      Texts.error(null, "ledger.entry.gone");
      return null;
    }
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      Texts.error("reverse:reason", "ledger.entry.reasonRequired");
      return null;
    }
    if (why.length() > MAX_REASON) {
      Texts.error("reverse:reason", "ledger.entry.reasonTooLong", MAX_REASON);
      return null;
    }
    Optional<PostedEntry> reversal = PageActions.call(() -> ledger.reverse(original.id(), why), "ledger.entry.gone");
    if (reversal.isEmpty()) {
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    Texts.info(null, "ledger.entry.reversed", String.valueOf(original.id()), String.valueOf(reversal.get().id()));
    return "/treasurer/entry.xhtml?faces-redirect=true&id=" + reversal.get().id();
  }

  private static Optional<Long> parse(String raw) {
    try {
      return raw == null ? Optional.empty() : Optional.of(Long.valueOf(raw.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The id as typed in the address. */
  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
