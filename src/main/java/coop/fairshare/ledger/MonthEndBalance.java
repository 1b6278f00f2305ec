package coop.fairshare.ledger;

import coop.fairshare.shared.Money;
import java.io.Serializable;
import java.time.YearMonth;

/** An account's balance at the end of a month, on its normal side. */
public record MonthEndBalance(YearMonth month, Money balance) implements Serializable {}
