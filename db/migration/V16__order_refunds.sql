-- Refunds of whole orders or of chosen lines and quantities (issue 10). What each line has had
-- back is kept on the line; the order keeps what it has given back in all, so nothing is ever
-- refunded twice or beyond what was paid.
ALTER TABLE order_line ADD COLUMN refunded_quantity INT NOT NULL DEFAULT 0 AFTER line_satang,
  ADD CONSTRAINT ck_line_refunded CHECK (refunded_quantity BETWEEN 0 AND quantity);

ALTER TABLE shop_order ADD COLUMN refunded_satang BIGINT NOT NULL DEFAULT 0 AFTER fee_posted,
  ADD COLUMN shipping_refunded BOOLEAN NOT NULL DEFAULT FALSE AFTER refunded_satang,
  ADD COLUMN refund_count INT NOT NULL DEFAULT 0 AFTER shipping_refunded,
  ADD CONSTRAINT ck_order_refunded CHECK (refunded_satang BETWEEN 0 AND total_satang AND refund_count >= 0);

-- One refund: how much, why, who, and how the money went back (through Stripe, or paid back by
-- the treasurer from the bank for a transfer or the cooperative's own QR).
CREATE TABLE order_refund (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_id         BIGINT        NOT NULL,
  seq              INT           NOT NULL,
  amount_satang    BIGINT        NOT NULL,
  shipping_satang  BIGINT        NOT NULL,
  refunded_lines   VARCHAR(400)  NOT NULL,
  reason           VARCHAR(200)  NOT NULL,
  paid_back        VARCHAR(20)   NOT NULL,
  stripe_refund_id VARCHAR(100)  NULL,
  created_by       VARCHAR(64)   NOT NULL,
  created_at       TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT uq_order_refund UNIQUE (order_id, seq),
  CONSTRAINT fk_refund_order FOREIGN KEY (order_id) REFERENCES shop_order (id),
  CONSTRAINT ck_order_refund CHECK (amount_satang > 0 AND shipping_satang >= 0 AND shipping_satang <= amount_satang AND paid_back IN ('STRIPE', 'BY_TREASURER'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- What of a sold line's split was given back (the split's own record; the ledger has the postings):
-- the group's sales page counts a sale less its refunds.
ALTER TABLE sale_split ADD COLUMN refunded_satang BIGINT NOT NULL DEFAULT 0 AFTER amount_satang,
  ADD CONSTRAINT ck_sale_split_refunded CHECK (refunded_satang BETWEEN 0 AND amount_satang);

-- a refund's entry names its sale by the sale's source reference; the payables' ageing finds it so
CREATE INDEX ix_journal_source_ref ON journal_entry (source_ref);
