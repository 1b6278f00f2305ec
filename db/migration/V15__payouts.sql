-- Paying makers and groups (issue 10). Owned by the payment area.

-- Where the cooperative pays a maker (MEMBER) or a group (GROUP): a Thai bank account or a
-- PromptPay ID, kept by treasurers. One row per payee; a change replaces it.
CREATE TABLE payee_detail (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  payee_kind      VARCHAR(6)    NOT NULL,
  payee_id        BIGINT        NOT NULL,
  method          VARCHAR(9)    NOT NULL,
  bank_code       VARCHAR(8)    NULL,
  account_number  VARCHAR(15)   NULL,
  account_name    VARCHAR(120)  NULL,
  promptpay_id    VARCHAR(15)   NULL,
  updated_by      VARCHAR(64)   NOT NULL,
  updated_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  version         BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_payee_detail UNIQUE (payee_kind, payee_id),
  CONSTRAINT ck_payee_kind CHECK (payee_kind IN ('MEMBER', 'GROUP')),
  CONSTRAINT ck_payee_method CHECK (
    (method = 'BANK' AND bank_code IS NOT NULL AND account_number IS NOT NULL AND account_name IS NOT NULL AND promptpay_id IS NULL)
    OR (method = 'PROMPTPAY' AND promptpay_id IS NOT NULL AND bank_code IS NULL AND account_number IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- A payout run: proposed by one treasurer, approved by a second, different one (the database
-- refuses the proposer as approver too), exported as a transfer file and marked paid once.
CREATE TABLE payout_run (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  up_to         DATE          NOT NULL,
  status        VARCHAR(9)    NOT NULL DEFAULT 'PROPOSED',
  proposed_by   VARCHAR(64)   NOT NULL,
  proposed_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  approved_by   VARCHAR(64)   NULL,
  approved_at   TIMESTAMP(3)  NULL,
  paid_by       VARCHAR(64)   NULL,
  paid_at       TIMESTAMP(3)  NULL,
  paid_on       DATE          NULL,
  cancelled_by  VARCHAR(64)   NULL,
  cancelled_at  TIMESTAMP(3)  NULL,
  version       BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT ck_payout_run_status CHECK (status IN ('PROPOSED', 'APPROVED', 'PAID', 'CANCELLED')),
  CONSTRAINT ck_payout_run_checker CHECK (approved_by IS NULL OR approved_by <> proposed_by),
  CONSTRAINT ck_payout_run_approved CHECK ((status IN ('APPROVED', 'PAID')) = (approved_by IS NOT NULL)),
  CONSTRAINT ck_payout_run_paid CHECK ((status = 'PAID') = (paid_by IS NOT NULL AND paid_on IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE INDEX ix_payout_run_status ON payout_run (status, id);

-- One payable account's part of a run, with where its payee is paid as it stood when the run was
-- proposed (what the approver saw is what is exported); no details: not paid by this run.
CREATE TABLE payout_line (
  run_id          BIGINT        NOT NULL,
  line_no         INT           NOT NULL,
  account_id      BIGINT        NOT NULL,
  account_code    VARCHAR(40)   NOT NULL,
  payee_kind      VARCHAR(6)    NOT NULL,
  payee_id        BIGINT        NOT NULL,
  payee_name      VARCHAR(200)  NOT NULL,
  amount_satang   BIGINT        NOT NULL,
  method          VARCHAR(9)    NULL,
  bank_code       VARCHAR(8)    NULL,
  account_number  VARCHAR(15)   NULL,
  account_name    VARCHAR(120)  NULL,
  promptpay_id    VARCHAR(15)   NULL,
  PRIMARY KEY (run_id, line_no),
  CONSTRAINT fk_payout_line_run FOREIGN KEY (run_id) REFERENCES payout_run (id),
  CONSTRAINT fk_payout_line_account FOREIGN KEY (account_id) REFERENCES ledger_account (id),
  CONSTRAINT ck_payout_line_amount CHECK (amount_satang > 0),
  CONSTRAINT ck_payout_line_kind CHECK (payee_kind IN ('MEMBER', 'GROUP'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- One row: a proposal takes it for update, so two treasurers proposing at once take turns and the
-- second sees what the first has already put in a run (nothing is paid twice).
CREATE TABLE payout_desk (
  id  TINYINT NOT NULL PRIMARY KEY,
  CONSTRAINT ck_payout_desk_one CHECK (id = 1)
) ENGINE=InnoDB;
INSERT INTO payout_desk (id) VALUES (1);

-- Money owed longer than this is flagged on the treasurers' payout page; an ADMIN sets it.
INSERT INTO coop_setting (name, value, updated_by) VALUES ('payout.ageThresholdDays', '7', 'migration');
