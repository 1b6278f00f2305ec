package coop.fairshare.payment;

import coop.fairshare.shared.Money;
import java.io.Serializable;
import java.util.List;

/**
 * One transfer of a payout run: everything the run pays one payee (a group's own share and what it
 * holds for its makers go in one transfer), to where, with the reference the bank carries.
 */
public record PayoutTransfer(Payee payee, String payeeName, PayeeAccount to, Money amount, String reference, List<PayoutLine> lines) implements Serializable {}
