-- Photos of a product, uploaded by its producer group. Only re-encoded JPEGs are stored (never the
-- uploaded file, so no EXIF or GPS from a home-based worker's phone): a display size (at most
-- 1200 px a side) and a thumbnail (at most 400 px). Position 0 is the main photo; a product has at
-- most six (positions 0 to 5). A photo's bytes never change, so its id can be cached for ever; the
-- SHA-256 of the display bytes is its ETag.
CREATE TABLE product_photo (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  product_id    BIGINT       NOT NULL,
  group_id      BIGINT       NOT NULL,
  position      INT          NOT NULL,
  width         INT          NOT NULL,
  height        INT          NOT NULL,
  display_jpeg  MEDIUMBLOB   NOT NULL,
  thumb_jpeg    MEDIUMBLOB   NOT NULL,
  sha256        CHAR(64)     NOT NULL,
  created_by    VARCHAR(64)  NOT NULL,
  created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT fk_photo_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT fk_photo_group FOREIGN KEY (group_id) REFERENCES producer_group (id),
  CONSTRAINT ck_photo_position CHECK (position BETWEEN 0 AND 5),
  CONSTRAINT ck_photo_width CHECK (width BETWEEN 1 AND 1200),
  CONSTRAINT ck_photo_height CHECK (height BETWEEN 1 AND 1200),
  CONSTRAINT ck_photo_bytes CHECK (LENGTH(display_jpeg) > 0 AND LENGTH(thumb_jpeg) > 0),
  CONSTRAINT ck_photo_sha256 CHECK (sha256 REGEXP '^[0-9a-f]{64}$')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE INDEX ix_photo_product ON product_photo (product_id, position);
