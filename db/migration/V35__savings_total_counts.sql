-- Savings totals as a job (a national network has a million savings accounts: summing their
-- balances for every view of the totals page ran out of heap). A treasurer starts a count, workers
-- count the groups a few hundred at a time, each step keeping its groups' totals by product and
-- moving the checkpoint in one transaction, and the page reads only what was kept. Its state is its
-- row: an instance that stops leaves the checkpoint, and another takes the run over when the
-- heartbeat has gone quiet.
CREATE TABLE savings_count_run (
  id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  state                 VARCHAR(8)   NOT NULL DEFAULT 'RUNNING',
  -- producer groups when it started, and counted so far (groups added meanwhile are counted too)
  group_count           INT          NOT NULL,
  groups_counted        INT          NOT NULL DEFAULT 0,
  -- the checkpoint: every group up to this id is counted and kept
  last_group_id         BIGINT       NOT NULL DEFAULT 0,
  -- summed step by step with the checkpoint: accounts, their balances, the groups that have any,
  -- and the largest group's savings (the bars' scale, the same on every page)
  accounts              INT          NOT NULL DEFAULT 0,
  balance_satang        BIGINT       NOT NULL DEFAULT 0,
  groups_listed         INT          NOT NULL DEFAULT 0,
  largest_group_satang  BIGINT       NOT NULL DEFAULT 0,
  started_by            VARCHAR(64)  NOT NULL,
  started_at            TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  heartbeat_at          TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  finished_at           TIMESTAMP(3) NULL,
  -- one count at a time across every instance
  running_key           TINYINT      AS (CASE WHEN state = 'RUNNING' THEN 1 END) PERSISTENT,
  CONSTRAINT uq_savings_count_running UNIQUE (running_key),
  CONSTRAINT ck_savings_count_state CHECK (state IN ('RUNNING', 'DONE')),
  CONSTRAINT ck_savings_count_figures CHECK (group_count >= 0 AND groups_counted >= 0 AND accounts >= 0 AND groups_listed >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE INDEX ix_savings_count_state ON savings_count_run (state, heartbeat_at);

-- What a count kept: one group's savings in one product. The group's region (and its place in the
-- list) and code are copied in, so the page reads the regions' sums and one page of groups by
-- region and code from this table alone. Only the latest finished count's rows (and the running
-- one's) are kept. No foreign key to the groups or products: a check of them would share-lock
-- them while members are registered.
CREATE TABLE savings_count_total (
  run_id                BIGINT       NOT NULL,
  group_id              BIGINT       NOT NULL,
  product_id            BIGINT       NOT NULL,
  region_id             BIGINT       NOT NULL,
  region_sort           INT          NOT NULL,
  group_code            VARCHAR(32)  NOT NULL,
  accounts              INT          NOT NULL,
  balance_satang        BIGINT       NOT NULL,
  PRIMARY KEY (run_id, group_id, product_id),
  CONSTRAINT fk_savings_count_total_run FOREIGN KEY (run_id) REFERENCES savings_count_run (id),
  CONSTRAINT ck_savings_count_total_accounts CHECK (accounts > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- a page of groups in the page's order: region, then code
CREATE INDEX ix_savings_count_total_page ON savings_count_total (run_id, region_sort, group_code);
