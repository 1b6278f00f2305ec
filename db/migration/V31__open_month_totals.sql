-- What each account's settled lines add up to in the months still OPEN (issue 13), so a fund's
-- month-end chart reads the lines posted in its last minutes, not every line of its open months
-- (118,000 a fund at national scale). Settled: inserted more than ledger/MonthEnds.SETTLED_AFTER
-- ago, longer than any transaction may run, so no posting with a smaller entry id is unfinished.
-- Filled by the month-end reads (MonthEnds), never by a posting: posting speed is untouched.

-- up to which entry an account's open-month totals count its lines, for entries dated from which month on
CREATE TABLE account_settled_mark (
  account_id  BIGINT  NOT NULL PRIMARY KEY,
  from_period CHAR(7) NOT NULL,
  to_entry_id BIGINT  NOT NULL,
  CONSTRAINT fk_settled_mark_account FOREIGN KEY (account_id) REFERENCES ledger_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- the account's lines of entries up to its mark, by the month of their entry
CREATE TABLE account_open_month_total (
  account_id    BIGINT  NOT NULL,
  period        CHAR(7) NOT NULL,
  debit_satang  BIGINT  NOT NULL,
  credit_satang BIGINT  NOT NULL,
  PRIMARY KEY (account_id, period),
  CONSTRAINT fk_open_month_total_account FOREIGN KEY (account_id) REFERENCES ledger_account (id),
  CONSTRAINT fk_open_month_total_period FOREIGN KEY (period) REFERENCES ledger_period (period)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
