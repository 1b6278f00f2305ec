package coop.fairshare.mail.web;

import coop.fairshare.mail.MailState;
import coop.fairshare.mail.Outbox;
import coop.fairshare.mail.OutboxMail;
import coop.fairshare.shared.Page;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/**
 * The admin's outbox: the newest mails first, a page at a time, with their state and tries; one
 * opened shows its full text and, for the admin only, the last error. With no mail server
 * configured (the demo) this is where the shop's mails are read.
 */
@Named
@RequestScoped
@RetriedOnDeadlock
public class OutboxPage {

  static final int PAGE_SIZE = 25;

  @EJB
  private Outbox outbox;

  private String page;
  private String id;
  private Page<OutboxMail> mails;
  private OutboxMail opened;
  private boolean openedRead;

  public void load() {
    int pageNumber = 0;
    if (page != null && !page.isBlank()) {
      try {
        pageNumber = Integer.parseInt(page.strip());
      } catch (NumberFormatException e) { // not a page number as typed: the first page, explained
        pageNumber = -1;
      }
      if (pageNumber < 0 || pageNumber > Page.MAX_PAGE) {
        Texts.error(null, "catalog.badPage");
        pageNumber = 0;
      }
    }
    int chosen = pageNumber;
    mails = PageActions.call(() -> outbox.recent(chosen, PAGE_SIZE)).orElse(new Page<>(List.of(), 0, PAGE_SIZE, 0));
    getOpened();
  }

  public void sendAgain() throws IOException {
    OutboxMail mail = getOpened();
    if (mail != null && PageActions.attempt(() -> outbox.sendAgain(mail.id()))) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.getFlash().setKeepMessages(true);
      Texts.info(null, "mail.outbox.queuedAgain", mail.id());
      external.redirect(external.getRequestContextPath() + "/admin/outbox.xhtml?id=" + mail.id());
    }
  }

  public String pageLink(int number) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/admin/outbox.xhtml?page=" + number;
  }

  public String mailLink(OutboxMail mail) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/admin/outbox.xhtml?id=" + mail.id() + (mails.page() > 0 ? "&page=" + mails.page() : "");
  }

  public boolean isResendable() {
    OutboxMail mail = getOpened();
    return mail != null && (mail.state() == MailState.FAILED || opened.state() == MailState.HELD) && isSending();
  }

  public boolean isSending() {
    return outbox.sends();
  }

  public Page<OutboxMail> getMails() {
    return mails;
  }

  /**
   * The mail asked for, read when first needed. On a postback the view parameter reaches this bean
   * only after the form is decoded, and the "send again" form is drawn only for a mail that may be
   * sent again; so until then the id is taken from the address, where the form posts back to.
   */
  public OutboxMail getOpened() {
    if (opened == null && !openedRead) {
      openedRead = true;
      String raw = id != null ? id : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
      if (raw != null && !raw.isBlank()) {
        long mailId;
        try {
          mailId = Long.parseLong(raw.strip());
        } catch (NumberFormatException e) { // an id that is not a number names no mail
          mailId = -1;
        }
        long asked = mailId;
        opened = PageActions.call(() -> outbox.one(asked)).orElse(null);
      }
    }
    return opened;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
