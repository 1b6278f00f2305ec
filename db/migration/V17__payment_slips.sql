-- Slips of transfers to the cooperative (its own PromptPay QR, or its bank account), waiting for a
-- treasurer to match them with the statement (issue 10). The file is kept as sent; its type was
-- read from its first bytes.
CREATE TABLE payment_slip (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  reference      VARCHAR(40)   NOT NULL,
  amount_satang  BIGINT        NOT NULL,
  content_type   VARCHAR(40)   NOT NULL,
  size_bytes     INT           NOT NULL,
  content        MEDIUMBLOB    NOT NULL,
  state          VARCHAR(10)   NOT NULL,
  reason         VARCHAR(200)  NULL,
  uploaded_at    TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  decided_by     VARCHAR(64)   NULL,
  decided_at     TIMESTAMP(3)  NULL,
  CONSTRAINT ck_payment_slip CHECK (state IN ('WAITING', 'CONFIRMED', 'REJECTED') AND size_bytes > 0 AND size_bytes <= 5242880
    AND content_type IN ('image/jpeg', 'image/png', 'application/pdf') AND (state <> 'REJECTED' OR reason IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE INDEX ix_payment_slip_reference ON payment_slip (reference, state);
CREATE INDEX ix_payment_slip_waiting ON payment_slip (state, id);
