package coop.fairshare.welfare;

/** Where a gift to the fund stands: promised on the donation page, then its money arrived. */
public enum DonationState {
  /** The donor filled in the page; Stripe has not yet said the money arrived. */
  WAITING_PAYMENT,
  /** The money arrived: posted to the fund once, with its receipt number. */
  RECEIVED
}
