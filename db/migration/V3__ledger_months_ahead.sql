-- Every accounting month from 2020 to 2060 exists from the start. A posting then only ever reads
-- its month's row in share mode; creating a missing row while other postings look for it took gap
-- locks that deadlocked the first postings of a new month.
INSERT IGNORE INTO ledger_period (period)
  WITH RECURSIVE months (n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM months WHERE n < 491)
  SELECT DATE_FORMAT(DATE_ADD('2020-01-01', INTERVAL n MONTH), '%Y-%m') FROM months;
