-- A product photo may be an illustration the shop drew itself (the demo's products come with one,
-- see catalog/ProductIllustration) rather than a photo its group took: pages then say so. An
-- illustration stands in only while a product has no real photo, so it is always the main one,
-- and a product has at most one: the unique key holds that even when several instances illustrate
-- the same products at once.
ALTER TABLE product_photo ADD COLUMN illustration BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE product_photo ADD COLUMN illustration_of BIGINT AS (CASE WHEN illustration THEN product_id END) PERSISTENT;
ALTER TABLE product_photo ADD CONSTRAINT uq_photo_one_illustration UNIQUE (illustration_of);
ALTER TABLE product_photo ADD CONSTRAINT ck_photo_illustration_main CHECK (illustration = FALSE OR position = 0);
