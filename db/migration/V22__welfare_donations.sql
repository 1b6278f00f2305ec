-- Donations to the welfare fund through the shop (issue 12): anyone gives through the shop's
-- payment methods (card and PromptPay through Stripe, or the cooperative's own PromptPay QR with a
-- slip a treasurer confirms) and gets a receipt. The payment's reference is "DON-" and the row's
-- id, so the payment area knows nothing of welfare; the welfare area hears Stripe's news for it.

CREATE TABLE welfare_donation (
  id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  -- the donor's secret link to her receipt (32 random bytes, base64url)
  access_token      VARCHAR(64)   NOT NULL,
  amount_satang     BIGINT        NOT NULL,
  -- NULL: given anonymously
  donor_name        VARCHAR(100)  NULL,
  email             VARCHAR(254)  NOT NULL,
  message           VARCHAR(300)  NULL,
  method            VARCHAR(20)   NOT NULL,
  state             VARCHAR(20)   NOT NULL,
  -- issued when the money arrives, DN-<year>-<6 digits> from welfare_donation_counter
  receipt_no        VARCHAR(20)   NULL,
  journal_entry_id  BIGINT        NULL,
  -- "stripe pi_…" or "slip 12": the payment that brought it
  payment_reference VARCHAR(120)  NULL,
  pledged_at        TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  received_at       TIMESTAMP(3)  NULL,
  version           BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_welfare_donation_receipt UNIQUE (receipt_no),
  CONSTRAINT uq_welfare_donation_token UNIQUE (access_token),
  CONSTRAINT fk_welfare_donation_entry FOREIGN KEY (journal_entry_id) REFERENCES journal_entry (id),
  CONSTRAINT ck_welfare_donation_amount CHECK (amount_satang > 0),
  CONSTRAINT ck_welfare_donation_method CHECK (method IN ('PROMPTPAY_QR', 'CARD', 'STRIPE_PROMPTPAY')),
  CONSTRAINT ck_welfare_donation_state CHECK (state IN ('WAITING_PAYMENT', 'RECEIVED')
    AND (state <> 'RECEIVED' OR (receipt_no IS NOT NULL AND journal_entry_id IS NOT NULL AND received_at IS NOT NULL AND payment_reference IS NOT NULL)))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE INDEX ix_welfare_donation_received ON welfare_donation (state, received_at);

-- The last receipt number issued in each year: taken under the row's lock when a donation is
-- received, so instances never issue a number twice and a donation never paid leaves no gap.
CREATE TABLE welfare_donation_counter (
  year     INT  NOT NULL PRIMARY KEY,
  last_no  INT  NOT NULL,
  CONSTRAINT ck_welfare_donation_counter CHECK (last_no > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
