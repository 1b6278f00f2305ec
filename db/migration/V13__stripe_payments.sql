-- Payments through Stripe (issue 10). The cooperative is the single merchant of record: Stripe
-- only takes the money; the ledger splits it.

-- One PaymentIntent per attempt to pay an order: which order it pays (the reference), how, and
-- what Stripe last said about it. The webhook finds the order through this row, never through
-- metadata it cannot trust.
CREATE TABLE stripe_payment (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  reference      VARCHAR(40)   NOT NULL,
  attempt        INT           NOT NULL,
  intent_id      VARCHAR(100)  NOT NULL,
  method         VARCHAR(20)   NOT NULL,
  amount_satang  BIGINT        NOT NULL,
  status         VARCHAR(40)   NOT NULL,
  -- what Stripe kept, from the charge's balance transaction, once it is known
  fee_satang     BIGINT        NULL,
  created_at     TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at     TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT uq_stripe_payment_intent UNIQUE (intent_id),
  CONSTRAINT uq_stripe_payment_attempt UNIQUE (reference, attempt),
  CONSTRAINT ck_stripe_payment CHECK (amount_satang > 0 AND attempt > 0 AND method IN ('CARD', 'STRIPE_PROMPTPAY') AND (fee_satang IS NULL OR fee_satang >= 0))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Every webhook event applied, recorded in the same transaction as its effects: an event Stripe
-- sends again finds its row and changes nothing.
CREATE TABLE stripe_event (
  event_id     VARCHAR(100)  NOT NULL PRIMARY KEY,
  type         VARCHAR(60)   NOT NULL,
  object_id    VARCHAR(100)  NULL,
  outcome      VARCHAR(200)  NOT NULL,
  received_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE INDEX ix_stripe_event_object ON stripe_event (object_id);

-- Money given back through Stripe: asked once per key, its state as Stripe last told it.
CREATE TABLE stripe_refund (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  refund_key      VARCHAR(120)  NOT NULL,
  intent_id       VARCHAR(100)  NOT NULL,
  refund_id       VARCHAR(100)  NOT NULL,
  amount_satang   BIGINT        NOT NULL,
  status          VARCHAR(40)   NOT NULL,
  reason          VARCHAR(200)  NOT NULL,
  created_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT uq_stripe_refund_key UNIQUE (refund_key),
  CONSTRAINT uq_stripe_refund_id UNIQUE (refund_id),
  CONSTRAINT ck_stripe_refund CHECK (amount_satang > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE INDEX ix_stripe_refund_intent ON stripe_refund (intent_id);

-- Stripe's payouts to the cooperative's bank, each posted once (Stripe clearing to the bank).
CREATE TABLE stripe_payout (
  payout_id      VARCHAR(100)  NOT NULL PRIMARY KEY,
  amount_satang  BIGINT        NOT NULL,
  arrival_date   DATE          NOT NULL,
  status         VARCHAR(40)   NOT NULL,
  received_at    TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- What happened to a payment that came after the order's reservation lapsed, for the shopper's
-- order page: the stock taken again (RESERVED_AGAIN) or, when it was gone, the money refunded
-- (REFUNDED); money for an order she had cancelled goes back too (CANCELLED_REFUNDED).
-- lapsed: the timer called the order off (its reservation lapsed), which makes money that still
-- comes late money; an order she cancelled herself is never revived.
-- fee_posted: the real fee of the payment (Stripe's) is in the ledger, against the split's estimate;
-- kept on the order row because deciding it needs the row the payment path locks anyway.
ALTER TABLE shop_order ADD COLUMN late_payment VARCHAR(20) NULL AFTER payment_reference,
  ADD COLUMN fee_posted BOOLEAN NOT NULL DEFAULT FALSE AFTER late_payment,
  ADD COLUMN lapsed BOOLEAN NOT NULL DEFAULT FALSE AFTER fee_posted,
  ADD CONSTRAINT ck_order_late_payment CHECK (late_payment IS NULL OR late_payment IN ('RESERVED_AGAIN', 'REFUNDED', 'CANCELLED_REFUNDED'));

INSERT INTO coop_setting (name, value, updated_by) VALUES
  -- Stripe's published prices in Thailand, before VAT: the split at checkout uses them as the
  -- estimate; the real fee from the balance transaction is posted when the payment settles
  ('payment.fee.card.basisPoints', '365', 'migration'),
  ('payment.fee.card.fixedSatang', '1000', 'migration'),
  ('payment.fee.stripePromptPay.basisPoints', '165', 'migration'),
  ('payment.fee.vatBasisPoints', '700', 'migration'),
  -- while a QR is shown or a card form is open, the order's stock is held at least this long
  ('payment.holdMinutes', '60', 'migration');
