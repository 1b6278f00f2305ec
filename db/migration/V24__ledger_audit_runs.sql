-- The audit of the books as a job of its own: a treasurer starts a run, workers prove the books
-- in short steps (accounts, then entries, then the grand totals) and the run keeps its result, so
-- no page ever has to read the whole journal. Its state is its row: an instance that stops leaves
-- the checkpoint, and another takes the run over when the heartbeat has gone quiet.
CREATE TABLE ledger_audit_run (
  id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  state                 VARCHAR(8)   NOT NULL DEFAULT 'RUNNING',
  phase                 VARCHAR(8)   NOT NULL DEFAULT 'ACCOUNTS',
  accounts              INT          NOT NULL,
  accounts_checked      INT          NOT NULL DEFAULT 0,
  entries               BIGINT       NOT NULL,
  entries_checked       BIGINT       NOT NULL DEFAULT 0,
  lines_summed          BIGINT       NOT NULL DEFAULT 0,
  accounts_off          INT          NOT NULL DEFAULT 0,
  entries_off           INT          NOT NULL DEFAULT 0,
  -- checkpoints: the last account proven, and of an account whose lines take several steps, how
  -- far its lines were read (entry, line) and what they summed to so far
  last_account_id       BIGINT       NOT NULL DEFAULT 0,
  partial_account_id    BIGINT       NULL,
  partial_entry_id      BIGINT       NOT NULL DEFAULT 0,
  partial_line_id       BIGINT       NOT NULL DEFAULT 0,
  partial_debit_satang  BIGINT       NOT NULL DEFAULT 0,
  partial_credit_satang BIGINT       NOT NULL DEFAULT 0,
  last_entry_id         BIGINT       NOT NULL DEFAULT 0,
  -- all balance rows, read at the end
  total_debit_satang    BIGINT       NULL,
  total_credit_satang   BIGINT       NULL,
  started_by            VARCHAR(64)  NOT NULL,
  started_at            TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  heartbeat_at          TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  finished_at           TIMESTAMP(3) NULL,
  -- one run at a time across every instance
  running_key           TINYINT      AS (CASE WHEN state = 'RUNNING' THEN 1 END) PERSISTENT,
  CONSTRAINT uq_ledger_audit_running UNIQUE (running_key),
  CONSTRAINT ck_ledger_audit_state CHECK (state IN ('RUNNING', 'DONE')),
  CONSTRAINT ck_ledger_audit_phase CHECK (phase IN ('ACCOUNTS', 'ENTRIES', 'DONE')),
  CONSTRAINT ck_ledger_audit_counts CHECK (accounts_checked >= 0 AND entries_checked >= 0 AND lines_summed >= 0 AND accounts_off >= 0 AND entries_off >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE INDEX ix_ledger_audit_state ON ledger_audit_run (state, heartbeat_at);

-- What a run found: an account whose balance rows differ from its lines, or an entry whose lines
-- do not balance or do not match its total. No foreign key to the ledger's rows: a check of them
-- would lock them in share mode while postings wait.
CREATE TABLE ledger_audit_difference (
  id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  run_id                BIGINT       NOT NULL,
  account_id            BIGINT       NULL,
  account_code          VARCHAR(40)  NULL,
  entry_id              BIGINT       NULL,
  balance_debit_satang  BIGINT       NULL,
  balance_credit_satang BIGINT       NULL,
  line_debit_satang     BIGINT       NOT NULL,
  line_credit_satang    BIGINT       NOT NULL,
  entry_total_satang    BIGINT       NULL,
  line_count            INT          NULL,
  CONSTRAINT fk_ledger_audit_difference_run FOREIGN KEY (run_id) REFERENCES ledger_audit_run (id),
  CONSTRAINT uq_ledger_audit_difference_account UNIQUE (run_id, account_id),
  CONSTRAINT uq_ledger_audit_difference_entry UNIQUE (run_id, entry_id),
  CONSTRAINT ck_ledger_audit_difference_kind CHECK ((account_id IS NULL) <> (entry_id IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
