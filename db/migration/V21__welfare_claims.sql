-- Welfare claims (issue 12): submitted for a member with documents, approved by two different
-- people (neither of them the one who submitted), paid from the fund in approval order while the
-- fund holds enough, or rejected with a reason the member reads.

CREATE TABLE welfare_claim (
  id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  member_id         BIGINT        NOT NULL,
  benefit           VARCHAR(12)   NOT NULL,
  event_date        DATE          NOT NULL,
  nights            INT           NOT NULL DEFAULT 0,
  children          INT           NOT NULL DEFAULT 0,
  requested_satang  BIGINT        NULL,
  -- what the scheme in force on the event date grants; the approvers may lower a disaster's
  amount_satang     BIGINT        NOT NULL,
  scheme_from       DATE          NOT NULL,
  state             VARCHAR(16)   NOT NULL,
  note              VARCHAR(500)  NULL,
  submitted_by      VARCHAR(64)   NOT NULL,
  submitted_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  first_approver    VARCHAR(64)   NULL,
  first_approved_at TIMESTAMP(3)  NULL,
  second_approver   VARCHAR(64)   NULL,
  -- the payout queue's order: the moment of the second approval, then the id
  approved_at       TIMESTAMP(3)  NULL,
  rejected_by       VARCHAR(64)   NULL,
  rejected_at       TIMESTAMP(3)  NULL,
  rejection_reason  VARCHAR(500)  NULL,
  paid_at           TIMESTAMP(3)  NULL,
  payout_entry_id   BIGINT        NULL,
  version           BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_welfare_claim_member FOREIGN KEY (member_id) REFERENCES welfare_member (member_id),
  CONSTRAINT fk_welfare_claim_payout FOREIGN KEY (payout_entry_id) REFERENCES journal_entry (id),
  CONSTRAINT uq_welfare_claim_payout UNIQUE (payout_entry_id),
  CONSTRAINT ck_welfare_claim_benefit CHECK (benefit IN ('CHILDBIRTH', 'HOSPITAL', 'OLD_AGE', 'DEATH', 'DISASTER')),
  CONSTRAINT ck_welfare_claim_state CHECK (state IN ('WAITING_FIRST', 'WAITING_SECOND', 'QUEUED', 'PAID', 'REJECTED')),
  CONSTRAINT ck_welfare_claim_amount CHECK (amount_satang >= 0 AND nights >= 0 AND children >= 0),
  -- two different approvers, neither the one who submitted: kept by the database as well as the claim
  CONSTRAINT ck_welfare_claim_first CHECK (first_approver IS NULL OR first_approver <> submitted_by),
  CONSTRAINT ck_welfare_claim_second CHECK (second_approver IS NULL
    OR (first_approver IS NOT NULL AND second_approver <> first_approver AND second_approver <> submitted_by)),
  CONSTRAINT ck_welfare_claim_paid CHECK ((state = 'PAID') = (payout_entry_id IS NOT NULL)),
  CONSTRAINT ck_welfare_claim_rejected CHECK ((state = 'REJECTED') = (rejection_reason IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE INDEX ix_welfare_claim_member ON welfare_claim (member_id, benefit, event_date);
CREATE INDEX ix_welfare_claim_state ON welfare_claim (state, approved_at, id);

-- What was uploaded with a claim: a photo or PDF, its type read from its first bytes.
CREATE TABLE welfare_claim_document (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  claim_id      BIGINT        NOT NULL,
  file_name     VARCHAR(200)  NOT NULL,
  content_type  VARCHAR(40)   NOT NULL,
  size_bytes    INT           NOT NULL,
  content       MEDIUMBLOB    NOT NULL,
  uploaded_by   VARCHAR(64)   NOT NULL,
  uploaded_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT fk_welfare_claim_document FOREIGN KEY (claim_id) REFERENCES welfare_claim (id),
  CONSTRAINT ck_welfare_claim_document_type CHECK (content_type IN ('image/jpeg', 'image/png', 'application/pdf'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- The payout desk's one row: whoever pays from the fund holds it first, so two payouts never
-- both see money only one of them may take.
CREATE TABLE welfare_desk (
  id  TINYINT NOT NULL PRIMARY KEY,
  CONSTRAINT ck_welfare_desk_one CHECK (id = 1)
) ENGINE=InnoDB;
INSERT INTO welfare_desk (id) VALUES (1);
