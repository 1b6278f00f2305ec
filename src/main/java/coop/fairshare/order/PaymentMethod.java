package coop.fairshare.order;

import coop.fairshare.shared.BadInput;
import java.util.Arrays;

/** How a shopper pays. Until card and PromptPay arrive, a bank transfer leaves the order awaiting payment. */
public enum PaymentMethod {
  BANK_TRANSFER;

  /** The method a form or a client named; anything else is refused in words, never as "No enum constant". */
  public static PaymentMethod named(String name) {
    return Arrays.stream(values()).filter(m -> m.name().equals(name)).findFirst()
        .orElseThrow(() -> new BadInput("checkout.paymentMethod.required").on("paymentMethod"));
  }
}
