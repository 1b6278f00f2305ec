-- Every account's balance rows exist (issue 13): a posting now only updates them by primary key
-- (JournalWriter.addToBalances), which costs less than an insert-or-update. Accounts inserted by
-- a migration after V2 (5200, V18) had theirs made on first use; make any still missing now.
INSERT IGNORE INTO account_balance (account_id, slot)
  WITH RECURSIVE slot_numbers (n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM slot_numbers WHERE n < 63)
  SELECT a.id, s.n FROM ledger_account a JOIN slot_numbers s ON s.n < a.balance_slots;
