-- A run's totals kept on its row: its lines never change once it is proposed, so the payouts page
-- and the API show a run's line count, what it transfers and to how many payees without summing
-- its lines on every view (a national run has 110,000 of them). Written by PayoutRun when it is
-- proposed; the runs already there are summed once here.
ALTER TABLE payout_run
  ADD COLUMN line_count       INT     NOT NULL DEFAULT 0,
  ADD COLUMN total_satang     BIGINT  NOT NULL DEFAULT 0,
  ADD COLUMN transfer_satang  BIGINT  NOT NULL DEFAULT 0,
  ADD COLUMN transfer_count   INT     NOT NULL DEFAULT 0,
  ADD COLUMN without_details  INT     NOT NULL DEFAULT 0;

UPDATE payout_run r
  JOIN (SELECT run_id, COUNT(*) AS lines_in, SUM(amount_satang) AS total,
               SUM(CASE WHEN method IS NOT NULL THEN amount_satang ELSE 0 END) AS transferred,
               COUNT(DISTINCT CASE WHEN method IS NOT NULL THEN CONCAT(payee_kind, '-', payee_id) END) AS transfers,
               SUM(CASE WHEN method IS NULL THEN 1 ELSE 0 END) AS unpaid
          FROM payout_line GROUP BY run_id) s ON s.run_id = r.id
   SET r.line_count = s.lines_in, r.total_satang = s.total, r.transfer_satang = s.transferred,
       r.transfer_count = s.transfers, r.without_details = s.unpaid;
