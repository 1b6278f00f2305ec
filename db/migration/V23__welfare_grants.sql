-- Grants to the welfare fund (issue 12), e.g. a matching grant from a public body, recorded by a
-- treasurer: one row per grant by its reference (the grantor's letter or our receipt), each posted
-- once to the fund.
CREATE TABLE welfare_grant (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  grantor          VARCHAR(200)  NOT NULL,
  amount_satang    BIGINT        NOT NULL,
  received_on      DATE          NOT NULL,
  reference        VARCHAR(40)   NOT NULL,
  method           VARCHAR(8)    NOT NULL,
  -- set in the transaction that inserts the row, once its entry is posted (the row goes in first,
  -- so the same reference typed twice at once waits on the key, not in the ledger)
  journal_entry_id BIGINT        NULL,
  created_by       VARCHAR(64)   NOT NULL,
  created_at       TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT uq_welfare_grant_reference UNIQUE (reference),
  CONSTRAINT fk_welfare_grant_entry FOREIGN KEY (journal_entry_id) REFERENCES journal_entry (id),
  CONSTRAINT ck_welfare_grant_amount CHECK (amount_satang > 0),
  CONSTRAINT ck_welfare_grant_method CHECK (method IN ('CASH', 'TRANSFER'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
