package coop.fairshare.welfare.web;

import coop.fairshare.payment.PaymentSettings;
import coop.fairshare.payment.PaymentSlip;
import coop.fairshare.payment.PromptPayQr;
import coop.fairshare.payment.SlipFile;
import coop.fairshare.payment.QrImage;
import coop.fairshare.payment.StripeIntent;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.Texts;
import coop.fairshare.shared.web.Uploads;
import coop.fairshare.welfare.Donation;
import coop.fairshare.welfare.Donations;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One gift's page, reached only by the donor's secret link: while it waits, the card form,
 * Stripe's PromptPay QR, or the cooperative's own QR with a place for her slip; once the money
 * arrived, the receipt with its number, to print or open again.
 * Any other link is "not found".
 */
@Named
@RequestScoped
@RetriedOnDeadlock
public class DonationPage {

  @EJB
  private Donations donations;

  @Inject
  private PaymentSettings paymentSettings;

  private String d;
  private String t;
  private Donation donation;
  private boolean looked;
  private boolean stripeAsked;
  private StripeIntent stripeIntent;
  private String stripeRefusal;
  private PromptPayQr promptPayQr;
  private List<PaymentSlip> slips;
  private transient Part slip;

  public void load() throws IOException {
    if (getDonation() == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "donation");
      faces.responseComplete();
    }
  }

  /**
   * The gift, found once per request by its secret link. A form posted back (the slip) carries the
   * reference and token in plain fields, because Faces decodes a form before it sets the page's parameters.
   */
  public Donation getDonation() {
    if (!looked) {
      looked = true;
      java.util.Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
      if (d == null) {
        d = parameters.get("d");
      }
      if (t == null) {
        t = parameters.get("t");
      }
      try {
        donation = donations.byToken(d, t);
      } catch (NotFound e) {
        donation = null;
      }
    }
    return donation;
  }

  /** The intent this page pays through, made or found once per request; none once the gift is received or Stripe did not answer. */
  public StripeIntent getStripeIntent() {
    if (!stripeAsked) {
      stripeAsked = true;
      if (getDonation() != null && !getDonation().isReceived() && getDonation().method().viaStripe()) {
        try {
          stripeIntent = donations.stripeIntent(d, t).orElse(null);
        } catch (BusinessRuleViolation e) {
          stripeRefusal = e.messageKey();
        }
      }
    }
    return stripeIntent;
  }

  /** Why no card form or QR can be shown (a message key), if so. */
  public String getStripeRefusal() {
    getStripeIntent();
    return stripeRefusal;
  }

  /** Stripe took the money but its webhook has not said so yet (the donor came back from the card form). */
  public boolean isConfirming() {
    StripeIntent intent = getStripeIntent();
    return intent != null && intent.succeeded();
  }

  /** The cooperative's own PromptPay QR for this gift, while it waits for it. */
  public PromptPayQr getPromptPayQr() {
    if (promptPayQr == null && getDonation() != null) {
      promptPayQr = donations.promptPayQr(getDonation()).orElse(null);
    }
    return promptPayQr;
  }

  public String getPromptPayQrImage() {
    PromptPayQr qr = getPromptPayQr();
    return qr == null ? null : QrImage.dataUri(qr.payload(), 320);
  }

  /** The donor may send her slip while the gift waits for the cooperative's QR. */
  public boolean isSlipAllowed() {
    return getDonation() != null && !getDonation().isReceived() && getDonation().paidBySlip();
  }

  public List<PaymentSlip> getSlips() {
    if (slips == null) {
      slips = getDonation() == null ? List.of() : donations.slipsOf(getDonation());
    }
    return slips;
  }

  public Part getSlip() {
    return slip;
  }

  public void setSlip(Part slip) {
    this.slip = slip;
  }

  /** Sends the slip chosen; a refusal (not a picture or PDF, too big) is shown beside the field. */
  public void sendSlip() throws IOException {
    byte[] sent = Uploads.read(slip, SlipFile.MAX_BYTES, "slip-form:slip", "payment.slip.tooLarge");
    if (sent == null) {
      return;
    }
    if (PageActions.attempt(() -> donations.sendSlip(d, t, sent), Map.of("slip", "slip-form:slip"))) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.getFlash().setKeepMessages(true);
      Texts.info(null, "donation.slip.sent");
      external.redirect(external.getRequestContextPath() + "/welfare/donation.xhtml?d=" + d + "&t=" + URLEncoder.encode(t == null ? "" : t, StandardCharsets.US_ASCII));
    }
  }

  public String getStripePublishableKey() {
    return paymentSettings.stripePublishableKey().orElse("");
  }

  public String getStripeQrImage() {
    StripeIntent intent = getStripeIntent();
    return intent == null || intent.succeeded() ? null : intent.qr().map(data -> QrImage.dataUri(data, 320)).orElse(null);
  }

  public String getD() {
    return d;
  }

  public void setD(String d) {
    this.d = d;
  }

  public String getT() {
    return t;
  }

  public void setT(String t) {
    this.t = t;
  }
}
