package coop.fairshare.welfare.web;

import coop.fairshare.payment.PaymentSettings;
import coop.fairshare.payment.QrImage;
import coop.fairshare.payment.StripeIntent;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.welfare.Donation;
import coop.fairshare.welfare.Donations;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * One gift's page, reached only by the donor's secret link: while it waits, the card form or
 * Stripe's PromptPay QR; once the money arrived, the receipt with its number, to print or open again.
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

  public void load() throws IOException {
    if (getDonation() == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "donation");
      faces.responseComplete();
    }
  }

  public Donation getDonation() {
    if (!looked) {
      looked = true;
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
      if (getDonation() != null && !getDonation().isReceived()) {
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
