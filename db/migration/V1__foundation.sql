-- Fairshare foundation: regional networks, producer groups, members, products, user accounts.
-- Flyway owns the schema; JPA never generates it. Every table is utf8mb4 for Thai text.

CREATE TABLE region (
  id          BIGINT       NOT NULL PRIMARY KEY,
  code        VARCHAR(16)  NOT NULL,
  name_th     VARCHAR(120) NOT NULL,
  name_en     VARCHAR(120) NOT NULL,
  sort_order  INT          NOT NULL,
  CONSTRAINT uq_region_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- The five regional networks are reference data, not demo data: every installation has them.
INSERT INTO region (id, code, name_th, name_en, sort_order) VALUES
  (1, 'NORTH',     'ภาคเหนือ',                   'North',     1),
  (2, 'NORTHEAST', 'ภาคตะวันออกเฉียงเหนือ (อีสาน)', 'Northeast', 2),
  (3, 'CENTRAL',   'ภาคกลาง',                    'Central',   3),
  (4, 'SOUTH',     'ภาคใต้',                      'South',     4),
  (5, 'BANGKOK',   'กรุงเทพมหานคร',               'Bangkok',   5);

CREATE TABLE producer_group (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code             VARCHAR(32)   NOT NULL,
  name_th          VARCHAR(200)  NOT NULL,
  name_en          VARCHAR(200)  NOT NULL,
  region_id        BIGINT        NOT NULL,
  province         VARCHAR(100)  NOT NULL,
  story_th         TEXT          NOT NULL,
  story_en         TEXT          NOT NULL,
  leader_member_id BIGINT        NULL,
  founded_year     INT           NULL,
  version          BIGINT        NOT NULL DEFAULT 0,
  created_at       TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT uq_group_code UNIQUE (code),
  CONSTRAINT fk_group_region FOREIGN KEY (region_id) REFERENCES region (id),
  CONSTRAINT ck_group_code CHECK (code REGEXP '^[A-Z0-9-]{2,32}$'),
  CONSTRAINT ck_group_founded CHECK (founded_year IS NULL OR founded_year BETWEEN 1900 AND 2200)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- National ID numbers are deliberately not stored: the shop has no need for them.
CREATE TABLE member (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  member_number  VARCHAR(16)   NOT NULL,
  full_name_th   VARCHAR(200)  NOT NULL,
  full_name_en   VARCHAR(200)  NULL,
  group_id       BIGINT        NOT NULL,
  occupation     VARCHAR(120)  NOT NULL,
  gender         VARCHAR(8)    NOT NULL DEFAULT 'FEMALE',
  joined_on      DATE          NOT NULL,
  status         VARCHAR(16)   NOT NULL DEFAULT 'ACTIVE',
  version        BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_member_number UNIQUE (member_number),
  CONSTRAINT fk_member_group FOREIGN KEY (group_id) REFERENCES producer_group (id),
  CONSTRAINT ck_member_number CHECK (member_number REGEXP '^[A-Z]{1,3}-[0-9]{4,6}$'),
  CONSTRAINT ck_member_gender CHECK (gender IN ('FEMALE', 'MALE', 'OTHER')),
  CONSTRAINT ck_member_status CHECK (status IN ('ACTIVE', 'INACTIVE', 'RESIGNED', 'DECEASED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE INDEX ix_member_group ON member (group_id);

ALTER TABLE producer_group
  ADD CONSTRAINT fk_group_leader FOREIGN KEY (leader_member_id) REFERENCES member (id);

CREATE TABLE product (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  sku              VARCHAR(32)   NOT NULL,
  group_id         BIGINT        NOT NULL,
  category         VARCHAR(24)   NOT NULL,
  name_th          VARCHAR(200)  NOT NULL,
  name_en          VARCHAR(200)  NOT NULL,
  description_th   TEXT          NOT NULL,
  description_en   TEXT          NOT NULL,
  price_satang     BIGINT        NOT NULL,
  weight_grams     INT           NOT NULL,
  stock            INT           NOT NULL DEFAULT 0,
  active           BOOLEAN       NOT NULL DEFAULT TRUE,
  featured         BOOLEAN       NOT NULL DEFAULT FALSE,
  -- food products only (category PROCESSED_FOOD)
  ingredients_th   TEXT          NULL,
  ingredients_en   TEXT          NULL,
  allergens_th     VARCHAR(400)  NULL,
  allergens_en     VARCHAR(400)  NULL,
  shelf_life_days  INT           NULL,
  fda_number       VARCHAR(20)   NULL,
  -- lower-cased names and descriptions with Thai segmented into words; binary so Thai marks count
  search_text      TEXT          CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  version          BIGINT        NOT NULL DEFAULT 0,
  created_at       TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT uq_product_sku UNIQUE (sku),
  CONSTRAINT fk_product_group FOREIGN KEY (group_id) REFERENCES producer_group (id),
  CONSTRAINT ck_product_category CHECK (category IN ('HANDICRAFT', 'PROCESSED_FOOD', 'OEM')),
  CONSTRAINT ck_product_price CHECK (price_satang > 0 AND price_satang <= 100000000),
  CONSTRAINT ck_product_weight CHECK (weight_grams > 0 AND weight_grams <= 100000),
  CONSTRAINT ck_product_stock CHECK (stock >= 0),
  CONSTRAINT ck_product_food CHECK (
    category <> 'PROCESSED_FOOD'
    OR (ingredients_th IS NOT NULL AND allergens_th IS NOT NULL
        AND shelf_life_days IS NOT NULL AND shelf_life_days > 0
        AND fda_number REGEXP '^[0-9]{2}-[0-9]-[0-9]{5}-[0-9]-[0-9]{4}$')),
  CONSTRAINT ck_product_not_food CHECK (
    category = 'PROCESSED_FOOD' OR (fda_number IS NULL AND shelf_life_days IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE INDEX ix_product_group ON product (group_id);
CREATE INDEX ix_product_category ON product (category, active);

CREATE TABLE user_account (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username        VARCHAR(64)   NOT NULL,
  password_hash   VARCHAR(255)  NOT NULL,
  display_name    VARCHAR(120)  NOT NULL,
  email           VARCHAR(254)  NOT NULL,
  role            VARCHAR(16)   NOT NULL,
  group_id        BIGINT        NULL,
  preferred_lang  VARCHAR(8)    NOT NULL DEFAULT 'th',
  failed_logins   INT           NOT NULL DEFAULT 0,
  locked_until    TIMESTAMP(3)  NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  created_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT uq_user_username UNIQUE (username),
  CONSTRAINT uq_user_email UNIQUE (email),
  CONSTRAINT fk_user_group FOREIGN KEY (group_id) REFERENCES producer_group (id),
  CONSTRAINT ck_user_role CHECK (role IN ('SHOPPER', 'PRODUCER', 'TREASURER', 'ADMIN')),
  -- a producer belongs to exactly one group; nobody else belongs to one
  CONSTRAINT ck_user_group CHECK ((role = 'PRODUCER') = (group_id IS NOT NULL)),
  CONSTRAINT ck_user_failed CHECK (failed_logins >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
