-- One double-entry ledger beneath everything, and the fair-trade split every sale goes through.
-- Journal entries and lines are append-only (triggers below); a correction is a reversal entry.

CREATE TABLE ledger_account (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code        VARCHAR(40)  NOT NULL,
  name_th     VARCHAR(200) NOT NULL,
  name_en     VARCHAR(200) NOT NULL,
  type        VARCHAR(12)  NOT NULL,
  owner_kind  VARCHAR(8)   NOT NULL DEFAULT 'NONE',
  owner_id    BIGINT       NULL,
  -- how many balance rows share the account's running totals: hot accounts get several, so
  -- concurrent postings do not queue on one row lock (see LedgerAccount)
  balance_slots INT        NOT NULL DEFAULT 1,
  created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT uq_ledger_account_code UNIQUE (code),
  CONSTRAINT uq_ledger_account_owner UNIQUE (owner_kind, owner_id, type, code),
  CONSTRAINT ck_ledger_account_type CHECK (type IN ('ASSET', 'LIABILITY', 'EQUITY', 'INCOME', 'EXPENSE')),
  CONSTRAINT ck_ledger_account_owner CHECK ((owner_kind = 'NONE') = (owner_id IS NULL) AND owner_kind IN ('NONE', 'MEMBER', 'GROUP')),
  CONSTRAINT ck_ledger_account_slots CHECK (balance_slots BETWEEN 1 AND 64)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- The chart of accounts. Accounts of one member or one group (what is owed to a maker, a
-- member's savings, what is owed to a group) are opened by the application the first time.
INSERT INTO ledger_account (code, name_th, name_en, type, balance_slots) VALUES
  ('1000', 'เงินสดและเงินฝากธนาคาร', 'Cash and bank', 'ASSET', 1),
  ('1100', 'เงินรอรับจาก Stripe', 'Stripe clearing', 'ASSET', 16),
  ('1200', 'ลูกหนี้พร้อมเพย์/โอนเงิน', 'PromptPay and bank transfer receivable', 'ASSET', 16),
  ('3000', 'กองทุนสหกรณ์ (แบรนด์)', 'Cooperative (brand) fund', 'EQUITY', 16),
  ('3100', 'กองทุนสวัสดิการ', 'Welfare fund', 'EQUITY', 16),
  ('4100', 'รายได้ค่าจัดส่ง', 'Shipping income', 'INCOME', 8),
  ('2400', 'ภาษีขาย', 'VAT output', 'LIABILITY', 8),
  ('5100', 'ค่าธรรมเนียมการชำระเงิน', 'Payment fees', 'EXPENSE', 16);

CREATE TABLE journal_entry (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  entry_date       DATE          NOT NULL,
  description      VARCHAR(500)  NOT NULL,
  source           VARCHAR(12)   NOT NULL,
  source_ref       VARCHAR(100)  NOT NULL,
  idempotency_key  VARCHAR(120)  NOT NULL,
  reverses_entry_id BIGINT       NULL,
  total_satang     BIGINT        NOT NULL,
  created_by       VARCHAR(64)   NOT NULL,
  created_at       TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT uq_journal_idempotency UNIQUE (idempotency_key),
  -- an entry is reversed at most once
  CONSTRAINT uq_journal_reverses UNIQUE (reverses_entry_id),
  CONSTRAINT fk_journal_reverses FOREIGN KEY (reverses_entry_id) REFERENCES journal_entry (id),
  CONSTRAINT ck_journal_source CHECK (source IN ('SALE', 'PAYMENT', 'REFUND', 'SAVINGS', 'WELFARE', 'MANUAL', 'REVERSAL')),
  CONSTRAINT ck_journal_total CHECK (total_satang > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE INDEX ix_journal_date ON journal_entry (entry_date, id);
CREATE INDEX ix_journal_source ON journal_entry (source, entry_date);

CREATE TABLE journal_line (
  id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  entry_id      BIGINT      NOT NULL,
  line_no       INT         NOT NULL,
  account_id    BIGINT      NOT NULL,
  side          CHAR(1)     NOT NULL,
  amount_satang BIGINT      NOT NULL,
  CONSTRAINT uq_journal_line UNIQUE (entry_id, line_no),
  CONSTRAINT fk_line_entry FOREIGN KEY (entry_id) REFERENCES journal_entry (id),
  CONSTRAINT fk_line_account FOREIGN KEY (account_id) REFERENCES ledger_account (id),
  CONSTRAINT ck_line_side CHECK (side IN ('D', 'C')),
  CONSTRAINT ck_line_amount CHECK (amount_satang > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE INDEX ix_line_account ON journal_line (account_id, entry_id);

-- Running totals per account, spread over balance_slots rows; a balance is the sum of its rows.
CREATE TABLE account_balance (
  account_id    BIGINT NOT NULL,
  slot          INT    NOT NULL,
  debit_satang  BIGINT NOT NULL DEFAULT 0,
  credit_satang BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (account_id, slot),
  CONSTRAINT fk_balance_account FOREIGN KEY (account_id) REFERENCES ledger_account (id)
) ENGINE=InnoDB;

-- Every account's balance rows exist from the start, so a posting only ever updates rows (an
-- insert-or-update of a new row can deadlock under concurrency; an update of an existing one cannot).
INSERT INTO account_balance (account_id, slot)
  WITH RECURSIVE slot_numbers (n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM slot_numbers WHERE n < 63)
  SELECT a.id, s.n FROM ledger_account a JOIN slot_numbers s ON s.n < a.balance_slots;

-- The ledger never forgets: no update or delete of an entry or a line, whoever asks.
CREATE TRIGGER journal_entry_no_update BEFORE UPDATE ON journal_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'journal entries are append-only: post a reversal instead';
CREATE TRIGGER journal_entry_no_delete BEFORE DELETE ON journal_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'journal entries are append-only: post a reversal instead';
CREATE TRIGGER journal_line_no_update BEFORE UPDATE ON journal_line FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'journal lines are append-only: post a reversal instead';
CREATE TRIGGER journal_line_no_delete BEFORE DELETE ON journal_line FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'journal lines are append-only: post a reversal instead';

-- Accounting months; a closed month takes no more postings.
CREATE TABLE ledger_period (
  period      CHAR(7)      NOT NULL PRIMARY KEY,
  status      VARCHAR(8)   NOT NULL DEFAULT 'OPEN',
  closed_by   VARCHAR(64)  NULL,
  closed_at   TIMESTAMP(3) NULL,
  CONSTRAINT ck_period_format CHECK (period REGEXP '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  CONSTRAINT ck_period_status CHECK (status IN ('OPEN', 'CLOSED')),
  CONSTRAINT ck_period_closed CHECK ((status = 'CLOSED') = (closed_by IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Manual entries wait here until a second treasurer approves them (maker-checker).
CREATE TABLE manual_entry_proposal (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  entry_date    DATE          NOT NULL,
  description   VARCHAR(500)  NOT NULL,
  status        VARCHAR(10)   NOT NULL DEFAULT 'PROPOSED',
  proposed_by   VARCHAR(64)   NOT NULL,
  proposed_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  decided_by    VARCHAR(64)   NULL,
  decided_at    TIMESTAMP(3)  NULL,
  posted_entry_id BIGINT      NULL,
  version       BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_proposal_entry FOREIGN KEY (posted_entry_id) REFERENCES journal_entry (id),
  CONSTRAINT ck_proposal_status CHECK (status IN ('PROPOSED', 'APPROVED', 'REJECTED')),
  CONSTRAINT ck_proposal_checker CHECK (decided_by IS NULL OR decided_by <> proposed_by)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE manual_entry_proposal_line (
  proposal_id   BIGINT  NOT NULL,
  line_no       INT     NOT NULL,
  account_id    BIGINT  NOT NULL,
  side          CHAR(1) NOT NULL,
  amount_satang BIGINT  NOT NULL,
  PRIMARY KEY (proposal_id, line_no),
  CONSTRAINT fk_proposal_line FOREIGN KEY (proposal_id) REFERENCES manual_entry_proposal (id),
  CONSTRAINT fk_proposal_line_account FOREIGN KEY (account_id) REFERENCES ledger_account (id),
  CONSTRAINT ck_proposal_line_side CHECK (side IN ('D', 'C')),
  CONSTRAINT ck_proposal_line_amount CHECK (amount_satang > 0)
) ENGINE=InnoDB;

-- Settings an ADMIN keeps; the fair-price floor under the maker's share lives here.
CREATE TABLE coop_setting (
  name        VARCHAR(64)  NOT NULL PRIMARY KEY,
  value       VARCHAR(200) NOT NULL,
  updated_by  VARCHAR(64)  NOT NULL,
  updated_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

INSERT INTO coop_setting (name, value, updated_by) VALUES
  ('split.makerFloorBasisPoints', '5000', 'migration'),
  -- what a card payment costs, for the "where your money goes" preview before the real fee is known
  ('split.estimatedFeeBasisPoints', '365', 'migration');

-- Fair-trade split rules, versioned by effective date, for the whole cooperative, a category or a group.
CREATE TABLE split_rule (
  id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  scope                VARCHAR(10)  NOT NULL,
  category             VARCHAR(24)  NULL,
  group_id             BIGINT       NULL,
  effective_from       DATE         NOT NULL,
  maker_bp             INT          NOT NULL,
  group_bp             INT          NOT NULL,
  coop_bp              INT          NOT NULL,
  welfare_bp           INT          NOT NULL,
  maker_savings_bp     INT          NOT NULL,
  note                 VARCHAR(500) NULL,
  created_by           VARCHAR(64)  NOT NULL,
  created_at           TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT fk_split_rule_group FOREIGN KEY (group_id) REFERENCES producer_group (id),
  CONSTRAINT uq_split_rule_version UNIQUE (scope, category, group_id, effective_from),
  CONSTRAINT ck_split_rule_scope CHECK (
    (scope = 'COOP' AND category IS NULL AND group_id IS NULL)
    OR (scope = 'CATEGORY' AND category IS NOT NULL AND group_id IS NULL)
    OR (scope = 'GROUP' AND category IS NULL AND group_id IS NOT NULL)),
  CONSTRAINT ck_split_rule_sum CHECK (maker_bp + group_bp + coop_bp + welfare_bp = 10000),
  CONSTRAINT ck_split_rule_parts CHECK (maker_bp >= 0 AND group_bp >= 0 AND coop_bp >= 0 AND welfare_bp >= 0),
  CONSTRAINT ck_split_rule_savings CHECK (maker_savings_bp >= 0 AND maker_savings_bp <= maker_bp)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

INSERT INTO split_rule (scope, effective_from, maker_bp, group_bp, coop_bp, welfare_bp, maker_savings_bp, note, created_by) VALUES
  ('COOP', '2020-01-01', 7000, 1500, 1000, 500, 500, 'The cooperative''s standing split', 'migration');

-- Every sold line keeps the split it was sold under: amounts per recipient and the rule used.
CREATE TABLE sale_split (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  sale_ref         VARCHAR(100) NOT NULL,
  product_id       BIGINT       NOT NULL,
  group_id         BIGINT       NOT NULL,
  maker_member_id  BIGINT       NULL,
  rule_id          BIGINT       NOT NULL,
  amount_satang    BIGINT       NOT NULL,
  maker_satang     BIGINT       NOT NULL,
  maker_savings_satang BIGINT   NOT NULL,
  group_satang     BIGINT       NOT NULL,
  coop_satang      BIGINT       NOT NULL,
  welfare_satang   BIGINT       NOT NULL,
  fee_satang       BIGINT       NOT NULL,
  posted_entry_id  BIGINT       NULL,
  created_at       TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT uq_sale_split_ref UNIQUE (sale_ref),
  CONSTRAINT fk_sale_split_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT fk_sale_split_group FOREIGN KEY (group_id) REFERENCES producer_group (id),
  CONSTRAINT fk_sale_split_maker FOREIGN KEY (maker_member_id) REFERENCES member (id),
  CONSTRAINT fk_sale_split_rule FOREIGN KEY (rule_id) REFERENCES split_rule (id),
  CONSTRAINT fk_sale_split_entry FOREIGN KEY (posted_entry_id) REFERENCES journal_entry (id),
  -- the four shares add up to the amount; the payment fee comes out of the cooperative's share
  CONSTRAINT ck_sale_split_sum CHECK (maker_satang + group_satang + coop_satang + welfare_satang = amount_satang),
  CONSTRAINT ck_sale_split_parts CHECK (amount_satang > 0 AND maker_satang >= 0 AND group_satang >= 0 AND coop_satang >= 0 AND welfare_satang >= 0
    AND maker_savings_satang >= 0 AND maker_savings_satang <= maker_satang AND fee_satang >= 0 AND fee_satang <= amount_satang)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Which member made a product, so her share is owed to her by name.
ALTER TABLE product ADD COLUMN maker_member_id BIGINT NULL, ADD CONSTRAINT fk_product_maker FOREIGN KEY (maker_member_id) REFERENCES member (id);
