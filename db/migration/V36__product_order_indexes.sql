-- The catalog's pages in each of a shopper's orders, read along an index of that order. A search
-- for a common word (ผ้าไหม: one product in eighteen) then walks products in the page's order and
-- checks each one's trigrams until the page is full, instead of fetching and sorting every match;
-- MariaDB picks that walk by cost (optimizer_join_limit_pref_ratio, set on every pooled connection
-- by Database), and still starts from the rarest trigram for a rare word.
CREATE INDEX ix_product_featured ON product (active, featured DESC, id);
CREATE INDEX ix_product_price ON product (active, price_satang, id);
CREATE INDEX ix_product_newest ON product (active, id);
