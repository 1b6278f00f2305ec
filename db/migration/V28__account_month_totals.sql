-- What each account's lines added up to in a CLOSED month (issue 13). A closed month never changes
-- (the ledger is append-only and a closed month refuses postings), so its totals are kept once and
-- month-end balances (the chart's fund history) read them instead of the month's lines. Filled on
-- the first read of a closed month (MonthEnds), never by a posting: posting speed is untouched.
CREATE TABLE account_month_total (
  account_id    BIGINT  NOT NULL,
  period        CHAR(7) NOT NULL,
  debit_satang  BIGINT  NOT NULL,
  credit_satang BIGINT  NOT NULL,
  PRIMARY KEY (account_id, period),
  CONSTRAINT fk_month_total_account FOREIGN KEY (account_id) REFERENCES ledger_account (id),
  CONSTRAINT fk_month_total_period FOREIGN KEY (period) REFERENCES ledger_period (period)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
