-- Members' savings (issue 11): products an ADMIN defines, accounts per member and product (each
-- backed by its own account in the ledger), the savings area's record of each movement it posted,
-- withdrawals waiting for a second treasurer, and interest runs.

-- Interest the cooperative pays on members' savings.
INSERT INTO ledger_account (code, name_th, name_en, type, balance_slots) VALUES
  ('5200', 'ดอกเบี้ยเงินออมสมาชิก', 'Interest on members'' savings', 'EXPENSE', 16);

CREATE TABLE savings_product (
  id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name_th                VARCHAR(120)  NOT NULL,
  name_en                VARCHAR(120)  NOT NULL,
  kind                   VARCHAR(20)   NOT NULL,
  monthly_satang         BIGINT        NOT NULL DEFAULT 0,
  annual_rate_bp         INT           NOT NULL,
  minimum_balance_satang BIGINT        NOT NULL DEFAULT 0,
  approval_above_satang  BIGINT        NOT NULL,
  interest_posting       VARCHAR(8)    NOT NULL,
  -- the one product whose accounts are the savings part of sales (1 there, NULL elsewhere)
  from_sales             TINYINT       NULL,
  created_by             VARCHAR(64)   NOT NULL,
  created_at             TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  version                BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_savings_product_from_sales UNIQUE (from_sales),
  CONSTRAINT ck_savings_product_kind CHECK (kind IN ('VOLUNTARY', 'COMPULSORY_MONTHLY')),
  CONSTRAINT ck_savings_product_monthly CHECK ((kind = 'VOLUNTARY' AND monthly_satang = 0) OR (kind = 'COMPULSORY_MONTHLY' AND monthly_satang > 0)),
  CONSTRAINT ck_savings_product_rate CHECK (annual_rate_bp BETWEEN 0 AND 2000),
  CONSTRAINT ck_savings_product_minimum CHECK (minimum_balance_satang >= 0),
  CONSTRAINT ck_savings_product_approval CHECK (approval_above_satang > 0),
  CONSTRAINT ck_savings_product_posting CHECK (interest_posting IN ('MONTHLY', 'YEARLY')),
  CONSTRAINT ck_savings_product_from_sales CHECK (from_sales IS NULL OR from_sales = 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Savings from sales exist from the start: sales have posted to members' 2300 accounts since V2.
INSERT INTO savings_product (name_th, name_en, kind, annual_rate_bp, minimum_balance_satang, approval_above_satang, interest_posting, from_sales, created_by)
  VALUES ('เงินออมจากการขาย', 'Savings from sales', 'VOLUNTARY', 0, 0, 500000, 'YEARLY', 1, 'migration');

CREATE TABLE savings_account (
  id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  member_id         BIGINT        NOT NULL,
  product_id        BIGINT        NOT NULL,
  ledger_account_id BIGINT        NULL,
  status            VARCHAR(8)    NOT NULL DEFAULT 'OPEN',
  opened_on         DATE          NOT NULL,
  closed_on         DATE          NULL,
  created_by        VARCHAR(64)   NOT NULL,
  created_at        TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  version           BIGINT        NOT NULL DEFAULT 0,
  -- one account per member and product
  CONSTRAINT uq_savings_account_member_product UNIQUE (member_id, product_id),
  CONSTRAINT uq_savings_account_ledger UNIQUE (ledger_account_id),
  CONSTRAINT fk_savings_account_member FOREIGN KEY (member_id) REFERENCES member (id),
  CONSTRAINT fk_savings_account_product FOREIGN KEY (product_id) REFERENCES savings_product (id),
  CONSTRAINT fk_savings_account_ledger FOREIGN KEY (ledger_account_id) REFERENCES ledger_account (id),
  CONSTRAINT ck_savings_account_status CHECK (status IN ('OPEN', 'FROZEN', 'CLOSED')),
  CONSTRAINT ck_savings_account_closed CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE INDEX ix_savings_account_product ON savings_account (product_id, id);

-- What the savings area posted, one row per ledger entry it wrote: the kind, the receipt, and for
-- interest the period (one posting per account and period).
CREATE TABLE savings_transaction (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_id       BIGINT        NOT NULL,
  kind             VARCHAR(12)   NOT NULL,
  amount_satang    BIGINT        NOT NULL,
  value_date       DATE          NOT NULL,
  method           VARCHAR(8)    NULL,
  receipt_no       VARCHAR(40)   NULL,
  interest_period  VARCHAR(7)    NULL,
  journal_entry_id BIGINT        NOT NULL,
  created_by       VARCHAR(64)   NOT NULL,
  created_at       TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT uq_savings_transaction_receipt UNIQUE (receipt_no),
  CONSTRAINT uq_savings_transaction_interest UNIQUE (account_id, interest_period),
  CONSTRAINT uq_savings_transaction_entry UNIQUE (journal_entry_id),
  CONSTRAINT fk_savings_transaction_account FOREIGN KEY (account_id) REFERENCES savings_account (id),
  CONSTRAINT fk_savings_transaction_entry FOREIGN KEY (journal_entry_id) REFERENCES journal_entry (id),
  CONSTRAINT ck_savings_transaction_kind CHECK (kind IN ('DEPOSIT', 'WITHDRAWAL', 'INTEREST', 'CLOSING')),
  CONSTRAINT ck_savings_transaction_sign CHECK ((kind IN ('DEPOSIT', 'INTEREST') AND amount_satang > 0) OR (kind IN ('WITHDRAWAL', 'CLOSING') AND amount_satang < 0)),
  CONSTRAINT ck_savings_transaction_method CHECK (method IS NULL OR method IN ('CASH', 'TRANSFER')),
  CONSTRAINT ck_savings_transaction_period CHECK ((kind = 'INTEREST') = (interest_period IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- A withdrawal above its product's limit: proposed by one treasurer, decided by another.
CREATE TABLE savings_withdrawal_proposal (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_id     BIGINT        NOT NULL,
  amount_satang  BIGINT        NOT NULL,
  value_date     DATE          NOT NULL,
  method         VARCHAR(8)    NOT NULL,
  receipt_no     VARCHAR(40)   NOT NULL,
  status         VARCHAR(10)   NOT NULL DEFAULT 'PROPOSED',
  proposed_by    VARCHAR(64)   NOT NULL,
  proposed_at    TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  decided_by     VARCHAR(64)   NULL,
  decided_at     TIMESTAMP(3)  NULL,
  transaction_id BIGINT        NULL,
  version        BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_savings_proposal_receipt UNIQUE (receipt_no),
  CONSTRAINT fk_savings_proposal_account FOREIGN KEY (account_id) REFERENCES savings_account (id),
  CONSTRAINT fk_savings_proposal_transaction FOREIGN KEY (transaction_id) REFERENCES savings_transaction (id),
  CONSTRAINT ck_savings_proposal_amount CHECK (amount_satang > 0),
  CONSTRAINT ck_savings_proposal_status CHECK (status IN ('PROPOSED', 'APPROVED', 'REJECTED')),
  CONSTRAINT ck_savings_proposal_checker CHECK (decided_by IS NULL OR decided_by <> proposed_by),
  CONSTRAINT ck_savings_proposal_method CHECK (method IN ('CASH', 'TRANSFER'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE INDEX ix_savings_proposal_status ON savings_withdrawal_proposal (status, id);

-- A run posting one period's interest to every account of a product, in checkpointed chunks:
-- last_account_id is how far it got; a run whose heartbeat stopped is taken over by any instance.
CREATE TABLE savings_interest_run (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  product_id      BIGINT        NOT NULL,
  period          VARCHAR(7)    NOT NULL,
  state           VARCHAR(8)    NOT NULL DEFAULT 'RUNNING',
  accounts        INT           NOT NULL,
  done            INT           NOT NULL DEFAULT 0,
  posted_satang   BIGINT        NOT NULL DEFAULT 0,
  last_account_id BIGINT        NOT NULL DEFAULT 0,
  started_by      VARCHAR(64)   NOT NULL,
  started_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  heartbeat_at    TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  finished_at     TIMESTAMP(3)  NULL,
  failure         VARCHAR(200)  NULL,
  -- at most one run of a product and period at a time
  running_key     VARCHAR(40)   AS (CASE WHEN state = 'RUNNING' THEN CONCAT(product_id, '/', period) END) PERSISTENT,
  CONSTRAINT uq_savings_run_running UNIQUE (running_key),
  CONSTRAINT fk_savings_run_product FOREIGN KEY (product_id) REFERENCES savings_product (id),
  CONSTRAINT ck_savings_run_state CHECK (state IN ('RUNNING', 'DONE', 'FAILED')),
  CONSTRAINT ck_savings_run_done CHECK (done BETWEEN 0 AND accounts)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE INDEX ix_savings_run_state ON savings_interest_run (state, heartbeat_at);
