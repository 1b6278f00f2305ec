package coop.fairshare.order;

/** How a shopper pays. Until card and PromptPay arrive, a bank transfer leaves the order awaiting payment. */
public enum PaymentMethod {
  BANK_TRANSFER
}
