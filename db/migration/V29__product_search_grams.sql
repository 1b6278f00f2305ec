-- The catalog's trigram index (catalog.SearchGrams): every run of three characters (code points:
-- a Thai vowel or tone mark is one) inside each word of a product's search_text. A search narrows
-- to the products holding its words' grams and confirms with its LIKE on those only, so its cost
-- follows what matches, not the number of products. Binary like search_text, so Thai marks count.
CREATE TABLE product_search_gram (
  gram        VARCHAR(3)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  product_id  BIGINT      NOT NULL,
  PRIMARY KEY (gram, product_id),
  KEY ix_product_search_gram_product (product_id),
  CONSTRAINT fk_product_search_gram_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- The products there already (the app keeps the rest in step; the demo's, whose search_text is
-- still empty, get theirs from CatalogIndexer): each position of the text from the sequence engine,
-- a run that holds a space crosses two words and is left out, as SearchGrams.of leaves it out.
INSERT IGNORE INTO product_search_gram (gram, product_id)
SELECT SUBSTRING(p.search_text, s.seq, 3), p.id
  FROM product p JOIN seq_1_to_65535 s ON s.seq <= CHAR_LENGTH(p.search_text) - 2
 WHERE LOCATE(' ', SUBSTRING(p.search_text, s.seq, 3)) = 0;
