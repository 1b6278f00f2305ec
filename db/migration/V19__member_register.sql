-- Issue 11: the member register (owned by the member area) and members who sign in (the account area).

-- A member's birth date and phone (old rows have neither), and the day her status took effect
-- (left empty by a row written without it, which then means "since she joined").
ALTER TABLE member
  ADD COLUMN birth_date    DATE         NULL AFTER gender,
  ADD COLUMN phone         VARCHAR(10)  NULL AFTER birth_date,
  ADD COLUMN status_since  DATE         NULL AFTER status;
UPDATE member SET status_since = joined_on WHERE status_since IS NULL;
ALTER TABLE member
  ADD CONSTRAINT ck_member_birth CHECK (birth_date IS NULL OR birth_date >= '1900-01-01'),
  ADD CONSTRAINT ck_member_phone CHECK (phone IS NULL OR phone REGEXP '^0[2-9][0-9]{7,8}$');

-- The register is searched by name and number within a group.
CREATE INDEX ix_member_group_number ON member (group_id, member_number);

-- The app issues member numbers FS-000001, FS-000002, … from this one row: a registration or an
-- import raises it by the numbers it takes, under the row's lock until it commits, so every
-- instance of the app takes numbers from the same counter and a rolled-back import leaves no gap.
-- (The demo's and the spreadsheets' old numbers are HW-…, so they never meet.)
CREATE TABLE member_number_counter (
  id           TINYINT  NOT NULL PRIMARY KEY,
  last_issued  BIGINT   NOT NULL,
  CONSTRAINT ck_member_counter_one CHECK (id = 1),
  CONSTRAINT ck_member_counter_range CHECK (last_issued BETWEEN 0 AND 999999)
) ENGINE=InnoDB;
INSERT INTO member_number_counter (id, last_issued) VALUES (1, 0);

-- A login may belong to a member: a member's own login (role MEMBER) or a producer who is a member.
ALTER TABLE user_account
  ADD COLUMN member_id BIGINT NULL AFTER group_id,
  ADD CONSTRAINT uq_user_member UNIQUE (member_id),
  ADD CONSTRAINT fk_user_member FOREIGN KEY (member_id) REFERENCES member (id),
  DROP CONSTRAINT ck_user_role;
ALTER TABLE user_account
  ADD CONSTRAINT ck_user_role CHECK (role IN ('SHOPPER', 'PRODUCER', 'TREASURER', 'ADMIN', 'MEMBER')),
  -- a member's own login is always hers; only producers and members are linked to one
  ADD CONSTRAINT ck_user_member CHECK ((role <> 'MEMBER' OR member_id IS NOT NULL) AND (member_id IS NULL OR role IN ('PRODUCER', 'MEMBER')));
