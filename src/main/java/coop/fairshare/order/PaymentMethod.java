package coop.fairshare.order;

/** How a shopper pays. Until card and PromptPay arrive, a bank transfer leaves the order awaiting payment. */
public enum PaymentMethod {
  BANK_TRANSFER;

  /** The method a form or a client named; empty for none or an unknown one. */
  public static java.util.Optional<PaymentMethod> named(String name) {
    return java.util.Arrays.stream(values()).filter(m -> m.name().equals(name == null ? null : name.strip())).findFirst();
  }
}
