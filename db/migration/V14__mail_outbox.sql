-- The shopper's e-mails (order placed, payment arrived, parcel shipped, money refunded) are written
-- here in the same transaction as the change they tell of, so a mail exists exactly when the change
-- committed, and are sent after the commit (mail/OutboxDelivery): a mail server that is down loses
-- nothing and slows no checkout. The idempotency key makes each notice queued once. HELD: no mail
-- server is configured (the demo); an admin reads the mail at /admin/outbox.xhtml. SENDING carries a
-- lease, so a mail whose instance died while sending is picked up again once the lease is over.
CREATE TABLE mail_outbox (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  idempotency_key  VARCHAR(120)  NOT NULL,
  kind             VARCHAR(40)   NOT NULL,
  reference        VARCHAR(60)   NOT NULL,
  recipient        VARCHAR(254)  NOT NULL,
  lang             CHAR(2)       NOT NULL,
  subject          VARCHAR(255)  NOT NULL,
  body_text        MEDIUMTEXT    NOT NULL,
  body_html        MEDIUMTEXT    NULL,
  state            VARCHAR(10)   NOT NULL,
  attempts         INT           NOT NULL DEFAULT 0,
  next_attempt_at  TIMESTAMP(3)  NOT NULL,
  lease_until      TIMESTAMP(3)  NULL,
  last_error       VARCHAR(500)  NULL,
  created_at       TIMESTAMP(3)  NOT NULL,
  sent_at          TIMESTAMP(3)  NULL,
  version          BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_mail_outbox_key UNIQUE (idempotency_key),
  CONSTRAINT ck_mail_outbox_state CHECK (state IN ('QUEUED', 'SENDING', 'SENT', 'FAILED', 'HELD')),
  CONSTRAINT ck_mail_outbox_attempts CHECK (attempts >= 0),
  CONSTRAINT ck_mail_outbox_lang CHECK (lang IN ('th', 'en')),
  CONSTRAINT ck_mail_outbox_lease CHECK (state <> 'SENDING' OR lease_until IS NOT NULL),
  CONSTRAINT ck_mail_outbox_sent CHECK (state <> 'SENT' OR sent_at IS NOT NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- the retry sweep looks for mails that are due; the admin's page lists the newest first (by id)
CREATE INDEX ix_mail_outbox_due ON mail_outbox (state, next_attempt_at);
