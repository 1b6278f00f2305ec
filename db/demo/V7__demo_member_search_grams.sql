-- The demo's members were put in by SQL (V1), not through the app: their names' trigrams, as V38
-- writes them for the members a database already has, so the register finds them by name.
INSERT IGNORE INTO member_search_gram (gram, member_id)
SELECT STRAIGHT_JOIN SUBSTRING(LOWER(CONCAT_WS(' ', m.full_name_th, m.full_name_en)), s.seq, 3), m.id
  FROM member m JOIN seq_1_to_500 s ON s.seq <= CHAR_LENGTH(CONCAT_WS(' ', m.full_name_th, m.full_name_en)) - 2
 WHERE LOCATE(' ', SUBSTRING(CONCAT_WS(' ', m.full_name_th, m.full_name_en), s.seq, 3)) = 0;
