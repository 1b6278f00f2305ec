-- A signed-in shopper's cart survives her session and her devices; a guest's lives in her session.
CREATE TABLE cart_line (
  account_id  BIGINT       NOT NULL,
  variant_id  BIGINT       NOT NULL,
  quantity    INT          NOT NULL,
  added_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (account_id, variant_id),
  CONSTRAINT fk_cart_account FOREIGN KEY (account_id) REFERENCES user_account (id),
  CONSTRAINT fk_cart_variant FOREIGN KEY (variant_id) REFERENCES product_variant (id),
  CONSTRAINT ck_cart_quantity CHECK (quantity BETWEEN 1 AND 99)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- An order as the shopper placed it: what she bought at which price, where it goes, and its state.
-- Names and prices are copied into the lines: a later change to the product does not rewrite a sale.
CREATE TABLE shop_order (
  id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_number      VARCHAR(20)   NOT NULL,
  account_id        BIGINT        NULL,
  -- a guest reaches her order by a long random token in the link she is given (and e-mailed)
  access_token      CHAR(43)      NOT NULL,
  email             VARCHAR(254)  NOT NULL,
  state             VARCHAR(20)   NOT NULL,
  payment_method    VARCHAR(20)   NOT NULL,
  recipient         VARCHAR(120)  NOT NULL,
  phone             VARCHAR(10)   NOT NULL,
  address_line      VARCHAR(300)  NOT NULL,
  subdistrict       VARCHAR(100)  NOT NULL,
  district          VARCHAR(100)  NOT NULL,
  province_code     CHAR(5)       NOT NULL,
  postcode          CHAR(5)       NOT NULL,
  items_satang      BIGINT        NOT NULL,
  shipping_satang   BIGINT        NOT NULL,
  total_satang      BIGINT        NOT NULL,
  lang              VARCHAR(2)    NOT NULL DEFAULT 'th',
  reserved_until    TIMESTAMP(3)  NULL,
  placed_at         TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  paid_at           TIMESTAMP(3)  NULL,
  payment_reference VARCHAR(100)  NULL,
  version           BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_order_number UNIQUE (order_number),
  CONSTRAINT uq_order_token UNIQUE (access_token),
  CONSTRAINT fk_order_account FOREIGN KEY (account_id) REFERENCES user_account (id),
  CONSTRAINT fk_order_province FOREIGN KEY (province_code) REFERENCES province (code),
  CONSTRAINT ck_order_state CHECK (state IN ('AWAITING_PAYMENT', 'PAID', 'IN_FULFILMENT', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'REFUNDED')),
  CONSTRAINT ck_order_total CHECK (items_satang > 0 AND shipping_satang >= 0 AND total_satang = items_satang + shipping_satang),
  CONSTRAINT ck_order_paid CHECK ((state IN ('AWAITING_PAYMENT', 'CANCELLED')) OR paid_at IS NOT NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE INDEX ix_order_account ON shop_order (account_id, placed_at);
-- the expiry timer looks for lapsed reservations
CREATE INDEX ix_order_expiry ON shop_order (state, reserved_until);

-- One parcel per producer group: each group packs and ships its own part of an order.
CREATE TABLE fulfilment (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_id         BIGINT        NOT NULL,
  group_id         BIGINT        NOT NULL,
  state            VARCHAR(12)   NOT NULL,
  weight_grams     INT           NOT NULL,
  shipping_satang  BIGINT        NOT NULL,
  carrier          VARCHAR(60)   NULL,
  tracking_number  VARCHAR(40)   NULL,
  packed_at        TIMESTAMP(3)  NULL,
  shipped_at       TIMESTAMP(3)  NULL,
  delivered_at     TIMESTAMP(3)  NULL,
  version          BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_fulfilment UNIQUE (order_id, group_id),
  CONSTRAINT fk_fulfilment_order FOREIGN KEY (order_id) REFERENCES shop_order (id),
  CONSTRAINT fk_fulfilment_group FOREIGN KEY (group_id) REFERENCES producer_group (id),
  CONSTRAINT ck_fulfilment_state CHECK (state IN ('WAITING', 'TO_PACK', 'PACKING', 'SHIPPED', 'DELIVERED', 'CANCELLED')),
  CONSTRAINT ck_fulfilment_tracking CHECK (state NOT IN ('SHIPPED', 'DELIVERED') OR (tracking_number IS NOT NULL AND carrier IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE INDEX ix_fulfilment_queue ON fulfilment (group_id, state, order_id);

CREATE TABLE order_line (
  id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_id          BIGINT        NOT NULL,
  fulfilment_id     BIGINT        NOT NULL,
  line_no           INT           NOT NULL,
  product_id        BIGINT        NOT NULL,
  variant_id        BIGINT        NOT NULL,
  sku               VARCHAR(32)   NOT NULL,
  name_th           VARCHAR(200)  NOT NULL,
  name_en           VARCHAR(200)  NOT NULL,
  variant_th        VARCHAR(100)  NULL,
  variant_en        VARCHAR(100)  NULL,
  unit_satang       BIGINT        NOT NULL,
  quantity          INT           NOT NULL,
  line_satang       BIGINT        NOT NULL,
  -- the stored fair-trade split of this line (sale_split.sale_ref), posted when the order is paid
  sale_ref          VARCHAR(100)  NOT NULL,
  CONSTRAINT uq_order_line UNIQUE (order_id, line_no),
  CONSTRAINT uq_order_line_sale UNIQUE (sale_ref),
  CONSTRAINT fk_line_order FOREIGN KEY (order_id) REFERENCES shop_order (id),
  CONSTRAINT fk_line_fulfilment FOREIGN KEY (fulfilment_id) REFERENCES fulfilment (id),
  CONSTRAINT fk_line_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT fk_line_variant FOREIGN KEY (variant_id) REFERENCES product_variant (id),
  CONSTRAINT ck_line_amounts CHECK (quantity BETWEEN 1 AND 99 AND unit_satang > 0 AND line_satang = unit_satang * quantity)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Every change of an order's or a parcel's state, who made it and why: the order's history.
CREATE TABLE order_event (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_id       BIGINT        NOT NULL,
  fulfilment_id  BIGINT        NULL,
  from_state     VARCHAR(20)   NULL,
  to_state       VARCHAR(20)   NOT NULL,
  note           VARCHAR(200)  NULL,
  actor          VARCHAR(64)   NOT NULL,
  created_at     TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT fk_event_order FOREIGN KEY (order_id) REFERENCES shop_order (id),
  CONSTRAINT fk_event_fulfilment FOREIGN KEY (fulfilment_id) REFERENCES fulfilment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE INDEX ix_event_order ON order_event (order_id, id);

-- Order numbers FS-yymm-nnnnn, counted per month; the month's row lock keeps them unique across instances.
CREATE TABLE order_number_seq (
  month_key  CHAR(4) NOT NULL PRIMARY KEY,
  last_no    INT     NOT NULL
) ENGINE=InnoDB;

INSERT INTO coop_setting (name, value, updated_by) VALUES
  -- how long an unpaid bank-transfer order holds its stock before the timer gives it back
  ('order.reservationMinutes', '2880', 'migration'),
  -- the account shoppers transfer to; the treasurer replaces this placeholder with the real one
  ('payment.bankAccount', 'Krungthai Bank 000-0-00000-0, Fairshare Cooperative (placeholder)', 'migration');
