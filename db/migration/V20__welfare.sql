-- The welfare fund (issue 12): scheme versions by effective date, members enrolled in the fund,
-- their monthly contributions (one row per month paid, one receipt per payment).

CREATE TABLE welfare_scheme_version (
  id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  effective_from         DATE          NOT NULL,
  monthly_satang         BIGINT        NOT NULL,
  most_unpaid_months     INT           NOT NULL,
  waiting_days           INT           NOT NULL,
  per_child_satang       BIGINT        NOT NULL,
  per_night_satang       BIGINT        NOT NULL,
  nights_per_stay        INT           NOT NULL,
  hospital_year_satang   BIGINT        NOT NULL,
  old_age_year_satang    BIGINT        NOT NULL,
  old_age_full_years     INT           NOT NULL,
  old_age_from_age       INT           NOT NULL,
  -- "fromYears:satang" pairs, comma-separated, the first from 0 years
  death_bands            VARCHAR(400)  NOT NULL,
  disaster_most_satang   BIGINT        NOT NULL,
  created_by             VARCHAR(64)   NOT NULL,
  created_at             TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT uq_welfare_scheme_from UNIQUE (effective_from),
  CONSTRAINT ck_welfare_scheme_amounts CHECK (monthly_satang >= 0 AND per_child_satang >= 0 AND per_night_satang >= 0 AND hospital_year_satang >= 0
    AND old_age_year_satang >= 0 AND disaster_most_satang >= 0),
  CONSTRAINT ck_welfare_scheme_counts CHECK (most_unpaid_months >= 0 AND waiting_days >= 0 AND nights_per_stay >= 1 AND old_age_full_years >= 0 AND old_age_from_age >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- "สัจจะวันละบาท": ฿30 a month; the network's scheme until an ADMIN changes it.
INSERT INTO welfare_scheme_version (effective_from, monthly_satang, most_unpaid_months, waiting_days, per_child_satang, per_night_satang, nights_per_stay,
    hospital_year_satang, old_age_year_satang, old_age_full_years, old_age_from_age, death_bands, disaster_most_satang, created_by)
  VALUES ('2000-01-01', 3000, 2, 180, 100000, 20000, 3, 100000, 120000, 3, 60, '0:300000,1:500000,3:1000000,5:2000000,10:3000000', 200000, 'migration');

-- A member in the fund, from the day she joined it (which may differ from joining the network).
CREATE TABLE welfare_member (
  member_id    BIGINT        NOT NULL PRIMARY KEY,
  joined_on    DATE          NOT NULL,
  enrolled_by  VARCHAR(64)   NOT NULL,
  enrolled_at  TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  version      BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_welfare_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- One payment a treasurer took in, by its receipt, posted once to the fund.
CREATE TABLE welfare_payment (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  member_id        BIGINT        NOT NULL,
  receipt_no       VARCHAR(40)   NOT NULL,
  method           VARCHAR(8)    NOT NULL,
  amount_satang    BIGINT        NOT NULL,
  paid_on          DATE          NOT NULL,
  journal_entry_id BIGINT        NOT NULL,
  created_by       VARCHAR(64)   NOT NULL,
  created_at       TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT uq_welfare_payment_receipt UNIQUE (receipt_no),
  CONSTRAINT fk_welfare_payment_member FOREIGN KEY (member_id) REFERENCES welfare_member (member_id),
  CONSTRAINT fk_welfare_payment_entry FOREIGN KEY (journal_entry_id) REFERENCES journal_entry (id),
  CONSTRAINT ck_welfare_payment_amount CHECK (amount_satang > 0),
  CONSTRAINT ck_welfare_payment_method CHECK (method IN ('CASH', 'TRANSFER'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- The months a payment covers: each month of each member paid once.
CREATE TABLE welfare_contribution (
  member_id    BIGINT      NOT NULL,
  month        CHAR(7)     NOT NULL,
  payment_id   BIGINT      NOT NULL,
  amount_satang BIGINT     NOT NULL,
  PRIMARY KEY (member_id, month),
  CONSTRAINT fk_welfare_contribution_payment FOREIGN KEY (payment_id) REFERENCES welfare_payment (id),
  CONSTRAINT ck_welfare_contribution_month CHECK (month REGEXP '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  CONSTRAINT ck_welfare_contribution_amount CHECK (amount_satang > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
