-- Issue 13: the kept month totals are kept by the entries' source and key kind too (ledger/MonthEnds
-- KEY_KIND), so what came into an account over months from where (the welfare fund's report) reads
-- kept totals and the last minutes' lines, not a year of a fund's lines. The kept rows are derived
-- from the lines and kept again as they are next read: emptied here, with the marks of how far they
-- reached.
DELETE FROM account_open_month_total;
DELETE FROM account_settled_mark;
DELETE FROM account_month_total;

ALTER TABLE account_month_total
  ADD COLUMN source   VARCHAR(12) NOT NULL DEFAULT '' AFTER period,
  ADD COLUMN key_kind VARCHAR(40) NOT NULL DEFAULT '' AFTER source,
  DROP PRIMARY KEY,
  ADD PRIMARY KEY (account_id, period, source, key_kind);

ALTER TABLE account_open_month_total
  ADD COLUMN source   VARCHAR(12) NOT NULL DEFAULT '' AFTER period,
  ADD COLUMN key_kind VARCHAR(40) NOT NULL DEFAULT '' AFTER source,
  DROP PRIMARY KEY,
  ADD PRIMARY KEY (account_id, period, source, key_kind);
