package coop.fairshare.payment;

/** How a payee is paid: into a Thai bank account, or to a PromptPay ID. */
public enum PayoutMethod {
  BANK,
  PROMPTPAY
}
