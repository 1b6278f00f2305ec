-- The member register's trigram index (shared.SearchGrams, as the catalog's V29): every run of
-- three characters (code points) inside each word of a member's Thai and English names, lower case.
-- A name search narrows to the members holding its words' grams and confirms with its LIKE on those
-- only, so a rare name no longer reads a national register's million names. Binary, so Thai marks count.
CREATE TABLE member_search_gram (
  gram       VARCHAR(3)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  member_id  BIGINT      NOT NULL,
  PRIMARY KEY (gram, member_id),
  KEY ix_member_search_gram_member (member_id),
  CONSTRAINT fk_member_search_gram_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- The members there already (the app keeps the rest in step: Member.searchTextOf, written with each
-- member or import): the text of her names as Member.searchTextOf makes it, LOWER(CONCAT_WS(' ', th,
-- en)); each position from the sequence engine, the member first (STRAIGHT_JOIN: MariaDB would put
-- the sequence first and compare every position with every member); a run that holds a space crosses
-- two words and is left out, as SearchGrams.of leaves it out. About 3 minutes for a million members.
INSERT IGNORE INTO member_search_gram (gram, member_id)
SELECT STRAIGHT_JOIN SUBSTRING(LOWER(CONCAT_WS(' ', m.full_name_th, m.full_name_en)), s.seq, 3), m.id
  FROM member m JOIN seq_1_to_500 s ON s.seq <= CHAR_LENGTH(CONCAT_WS(' ', m.full_name_th, m.full_name_en)) - 2
 WHERE LOCATE(' ', SUBSTRING(CONCAT_WS(' ', m.full_name_th, m.full_name_en), s.seq, 3)) = 0;
