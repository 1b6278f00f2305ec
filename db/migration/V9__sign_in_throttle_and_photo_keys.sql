-- Failed sign-ins slow further tries instead of locking an account: anyone could otherwise lock
-- staff out by typing wrong passwords for their username. Failures are counted per account and
-- client address, and per client address; after a few, the next tries from there are refused for
-- a short delay that doubles with each further failure (see account/SignInThrottle). Counted in the
-- database, not in memory, since several instances serve the same shop. The key is the SHA-256 of
-- what is counted, so whatever a stranger types as a username takes the same room.
CREATE TABLE sign_in_failure (
  throttle_key     CHAR(64)      NOT NULL PRIMARY KEY,
  failures         INT           NOT NULL,
  last_failure_at  TIMESTAMP(3)  NOT NULL,
  blocked_until    TIMESTAMP(3)  NULL,
  CONSTRAINT ck_sign_in_failures CHECK (failures >= 1),
  CONSTRAINT ck_sign_in_key CHECK (throttle_key REGEXP '^[0-9a-f]{64}$')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE INDEX ix_sign_in_failure_last ON sign_in_failure (last_failure_at);

-- the hard 15-minute lock is gone
ALTER TABLE user_account DROP CONSTRAINT ck_user_failed;
ALTER TABLE user_account DROP COLUMN failed_logins, DROP COLUMN locked_until;

-- A photo is addressed by a random key, not by its sequential id, so nobody can walk through the
-- photos of hidden products. New keys come from the app's SecureRandom; the few existing photos
-- get one here.
ALTER TABLE product_photo ADD COLUMN public_key CHAR(32) NULL AFTER id;
UPDATE product_photo SET public_key = LEFT(SHA2(CONCAT(UUID(), RAND(), id, NOW(6)), 256), 32);
ALTER TABLE product_photo MODIFY public_key CHAR(32) NOT NULL;
ALTER TABLE product_photo ADD CONSTRAINT uq_photo_public_key UNIQUE (public_key);
ALTER TABLE product_photo ADD CONSTRAINT ck_photo_public_key CHECK (public_key REGEXP '^[0-9a-f]{32}$');
