package coop.fairshare.payment;

import coop.fairshare.shared.Money;
import java.io.Serializable;
import java.time.Instant;

/** A slip and where it stands: waiting for a treasurer, confirmed, or rejected with a reason the shopper reads. */
public record PaymentSlip(long id, String reference, Money amount, String contentType, long sizeBytes, String state, String reason, Instant uploadedAt,
    String decidedBy) implements Serializable {

  public boolean waiting() {
    return "WAITING".equals(state);
  }

  public boolean rejected() {
    return "REJECTED".equals(state);
  }
}
