-- Every change to what is on a group's shelf, with why: goods received, reserved by a checkout,
-- sold, released when a reservation lapses, adjusted by a count, returned. Signed quantities; the
-- stock after each movement is kept so the log can be read back without replaying it.
CREATE TABLE stock_movement (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  product_id   BIGINT       NOT NULL,
  group_id     BIGINT       NOT NULL,
  kind         VARCHAR(10)  NOT NULL,
  quantity     INT          NOT NULL,
  stock_after  INT          NOT NULL,
  reference    VARCHAR(100) NOT NULL,
  created_by   VARCHAR(64)  NOT NULL,
  created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT fk_movement_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT fk_movement_group FOREIGN KEY (group_id) REFERENCES producer_group (id),
  CONSTRAINT ck_movement_kind CHECK (kind IN ('RECEIVED', 'RESERVED', 'SOLD', 'RELEASED', 'ADJUSTED', 'RETURNED')),
  CONSTRAINT ck_movement_quantity CHECK (quantity <> 0 OR kind = 'ADJUSTED'),
  CONSTRAINT ck_movement_after CHECK (stock_after >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE INDEX ix_movement_product ON stock_movement (product_id, id);
CREATE INDEX ix_movement_group ON stock_movement (group_id, created_at);
