-- Stock is kept per variant (a size, a colour): a shirt in M and in L are two shelves. Every
-- product has at least one variant; a product sold in one form has the single "standard" one.
-- A variant may carry its own price and weight; NULL means the product's.
-- stock is what is physically on the shelf; reserved is the part of it held for unpaid or unpacked
-- orders. A shopper can buy stock - reserved; a sale takes both down when it is paid.
CREATE TABLE product_variant (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  product_id    BIGINT        NOT NULL,
  code          VARCHAR(24)   NOT NULL,
  label_th      VARCHAR(100)  NOT NULL,
  label_en      VARCHAR(100)  NOT NULL,
  price_satang  BIGINT        NULL,
  weight_grams  INT           NULL,
  stock         INT           NOT NULL DEFAULT 0,
  reserved      INT           NOT NULL DEFAULT 0,
  position      INT           NOT NULL DEFAULT 0,
  active        BOOLEAN       NOT NULL DEFAULT TRUE,
  version       BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_variant_code UNIQUE (product_id, code),
  CONSTRAINT fk_variant_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT ck_variant_stock CHECK (stock >= 0 AND stock <= 1000000),
  CONSTRAINT ck_variant_reserved CHECK (reserved >= 0 AND reserved <= stock),
  CONSTRAINT ck_variant_price CHECK (price_satang IS NULL OR (price_satang > 0 AND price_satang <= 100000000)),
  CONSTRAINT ck_variant_weight CHECK (weight_grams IS NULL OR (weight_grams > 0 AND weight_grams <= 100000)),
  CONSTRAINT ck_variant_code CHECK (code REGEXP '^[A-Z0-9-]{1,24}$')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

INSERT INTO product_variant (product_id, code, label_th, label_en, stock, position)
SELECT id, 'STD', 'มาตรฐาน', 'Standard', stock, 0 FROM product;

-- quantity and stock_after are the shelf; reserved_change and reserved_after the part held for
-- orders. Summing either column over a variant's log gives its figure today.
ALTER TABLE stock_movement ADD COLUMN variant_id BIGINT NULL AFTER product_id,
  ADD COLUMN reserved_change INT NOT NULL DEFAULT 0 AFTER stock_after,
  ADD COLUMN reserved_after INT NOT NULL DEFAULT 0 AFTER reserved_change;
ALTER TABLE stock_movement DROP CONSTRAINT ck_movement_quantity;
ALTER TABLE stock_movement ADD CONSTRAINT ck_movement_change CHECK (quantity <> 0 OR reserved_change <> 0 OR kind = 'ADJUSTED'),
  ADD CONSTRAINT ck_movement_reserved CHECK (reserved_after >= 0 AND reserved_after <= stock_after);
UPDATE stock_movement m JOIN product_variant v ON v.product_id = m.product_id AND v.code = 'STD' SET m.variant_id = v.id;
ALTER TABLE stock_movement MODIFY variant_id BIGINT NOT NULL,
  ADD CONSTRAINT fk_movement_variant FOREIGN KEY (variant_id) REFERENCES product_variant (id);
CREATE INDEX ix_movement_variant ON stock_movement (variant_id, id);

ALTER TABLE product DROP COLUMN stock;
