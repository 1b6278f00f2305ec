package coop.fairshare.savings;

import java.io.Serializable;

/**
 * What a withdrawal came to: paid out now (the transaction), or waiting for a second treasurer
 * (the proposal to approve).
 */
public record WithdrawalOutcome(SavingsTransaction paid, WithdrawalProposal waiting) implements Serializable {

  public boolean isWaiting() {
    return waiting != null;
  }
}
