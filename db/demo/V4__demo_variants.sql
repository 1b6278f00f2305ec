-- Demo: each product's shelf as variants. Most products come in one form; shirts and jackets come
-- in sizes (XL costs a little more: more cloth), a bag and a scarf in two colours. Only products
-- with no variant yet get them, so a data folder that already moved its stock (V6) is left as it is.
INSERT INTO product_variant (product_id, code, label_th, label_en, price_satang, stock, position)
SELECT v.product_id, v.code, v.label_th, v.label_en, v.price_satang, v.stock, v.position FROM (
  SELECT 1 AS product_id, 'NATURAL' AS code, 'สีฝ้ายธรรมชาติ' AS label_th, 'Natural cotton' AS label_en, NULL AS price_satang, 18 AS stock, 0 AS position
  UNION ALL SELECT 1, 'INDIGO', 'สีคราม', 'Indigo', NULL, 17, 1
  UNION ALL SELECT 2, 'STD', 'มาตรฐาน', 'Standard', NULL, 14, 0
  UNION ALL SELECT 3, 'M', 'ไซซ์ M', 'Size M', NULL, 7, 0
  UNION ALL SELECT 3, 'L', 'ไซซ์ L', 'Size L', NULL, 7, 1
  UNION ALL SELECT 3, 'XL', 'ไซซ์ XL', 'Size XL', (SELECT p.price_satang + 5000 FROM product p WHERE p.id = 3), 6, 2
  UNION ALL SELECT 4, 'STD', 'มาตรฐาน', 'Standard', NULL, 18, 0
  UNION ALL SELECT 5, 'STD', 'มาตรฐาน', 'Standard', NULL, 0, 0
  UNION ALL SELECT 6, 'STD', 'มาตรฐาน', 'Standard', NULL, 60, 0
  UNION ALL SELECT 7, 'STD', 'มาตรฐาน', 'Standard', NULL, 120, 0
  UNION ALL SELECT 8, 'STD', 'มาตรฐาน', 'Standard', NULL, 28, 0
  UNION ALL SELECT 9, 'STD', 'มาตรฐาน', 'Standard', NULL, 12, 0
  UNION ALL SELECT 10, 'M', 'ไซซ์ M', 'Size M', NULL, 5, 0
  UNION ALL SELECT 10, 'L', 'ไซซ์ L', 'Size L', NULL, 4, 1
  UNION ALL SELECT 11, 'STD', 'มาตรฐาน', 'Standard', NULL, 45, 0
  UNION ALL SELECT 12, 'STD', 'มาตรฐาน', 'Standard', NULL, 22, 0
  UNION ALL SELECT 13, 'STD', 'มาตรฐาน', 'Standard', NULL, 11, 0
  UNION ALL SELECT 14, 'STD', 'มาตรฐาน', 'Standard', NULL, 8, 0
  UNION ALL SELECT 15, 'STD', 'มาตรฐาน', 'Standard', NULL, 25, 0
  UNION ALL SELECT 16, 'RED', 'สีแดง', 'Red', NULL, 15, 0
  UNION ALL SELECT 16, 'INDIGO', 'สีคราม', 'Indigo', NULL, 15, 1
  UNION ALL SELECT 17, 'STD', 'มาตรฐาน', 'Standard', NULL, 6, 0
  UNION ALL SELECT 18, 'STD', 'มาตรฐาน', 'Standard', NULL, 15, 0
  UNION ALL SELECT 19, 'STD', 'มาตรฐาน', 'Standard', NULL, 50, 0
  UNION ALL SELECT 20, 'STD', 'มาตรฐาน', 'Standard', NULL, 70, 0
  UNION ALL SELECT 21, 'STD', 'มาตรฐาน', 'Standard', NULL, 55, 0
  UNION ALL SELECT 22, 'STD', 'มาตรฐาน', 'Standard', NULL, 80, 0
  UNION ALL SELECT 23, 'STD', 'มาตรฐาน', 'Standard', NULL, 64, 0
  UNION ALL SELECT 24, 'STD', 'มาตรฐาน', 'Standard', NULL, 40, 0
  UNION ALL SELECT 25, 'STD', 'มาตรฐาน', 'Standard', NULL, 12, 0
  UNION ALL SELECT 26, 'STD', 'มาตรฐาน', 'Standard', NULL, 33, 0
  UNION ALL SELECT 27, 'STD', 'มาตรฐาน', 'Standard', NULL, 48, 0
  UNION ALL SELECT 28, 'STD', 'มาตรฐาน', 'Standard', NULL, 20, 0
  UNION ALL SELECT 29, 'STD', 'มาตรฐาน', 'Standard', NULL, 7, 0
  UNION ALL SELECT 30, 'STD', 'มาตรฐาน', 'Standard', NULL, 15, 0
  UNION ALL SELECT 31, 'STD', 'มาตรฐาน', 'Standard', NULL, 0, 0
  UNION ALL SELECT 32, 'STD', 'มาตรฐาน', 'Standard', NULL, 16, 0
  UNION ALL SELECT 33, 'STD', 'มาตรฐาน', 'Standard', NULL, 8, 0
  UNION ALL SELECT 34, 'STD', 'มาตรฐาน', 'Standard', NULL, 21, 0
  UNION ALL SELECT 35, 'STD', 'มาตรฐาน', 'Standard', NULL, 110, 0
  UNION ALL SELECT 36, 'STD', 'มาตรฐาน', 'Standard', NULL, 34, 0
  UNION ALL SELECT 37, 'STD', 'มาตรฐาน', 'Standard', NULL, 14, 0
  UNION ALL SELECT 38, 'STD', 'มาตรฐาน', 'Standard', NULL, 6, 0
  UNION ALL SELECT 39, 'STD', 'มาตรฐาน', 'Standard', NULL, 4, 0
  UNION ALL SELECT 40, 'STD', 'มาตรฐาน', 'Standard', NULL, 18, 0
  UNION ALL SELECT 41, 'STD', 'มาตรฐาน', 'Standard', NULL, 22, 0
  UNION ALL SELECT 42, 'STD', 'มาตรฐาน', 'Standard', NULL, 10, 0
  UNION ALL SELECT 43, 'STD', 'มาตรฐาน', 'Standard', NULL, 26, 0
  UNION ALL SELECT 44, 'STD', 'มาตรฐาน', 'Standard', NULL, 0, 0
  UNION ALL SELECT 45, 'STD', 'มาตรฐาน', 'Standard', NULL, 5, 0
  UNION ALL SELECT 46, 'STD', 'มาตรฐาน', 'Standard', NULL, 9, 0
  UNION ALL SELECT 47, 'STD', 'มาตรฐาน', 'Standard', NULL, 7, 0
  UNION ALL SELECT 48, 'STD', 'มาตรฐาน', 'Standard', NULL, 70, 0
  UNION ALL SELECT 49, 'M', 'ไซซ์ M', 'Size M', NULL, 5, 0
  UNION ALL SELECT 49, 'L', 'ไซซ์ L', 'Size L', NULL, 4, 1
  UNION ALL SELECT 49, 'XL', 'ไซซ์ XL', 'Size XL', (SELECT p.price_satang + 5000 FROM product p WHERE p.id = 49), 4, 2
  UNION ALL SELECT 50, 'STD', 'มาตรฐาน', 'Standard', NULL, 30, 0
  UNION ALL SELECT 51, 'STD', 'มาตรฐาน', 'Standard', NULL, 90, 0
  UNION ALL SELECT 52, 'STD', 'มาตรฐาน', 'Standard', NULL, 24, 0
  UNION ALL SELECT 53, 'STD', 'มาตรฐาน', 'Standard', NULL, 55, 0
  UNION ALL SELECT 54, 'STD', 'มาตรฐาน', 'Standard', NULL, 27, 0
  UNION ALL SELECT 55, 'STD', 'มาตรฐาน', 'Standard', NULL, 120, 0
  UNION ALL SELECT 56, 'STD', 'มาตรฐาน', 'Standard', NULL, 100, 0
  UNION ALL SELECT 57, 'STD', 'มาตรฐาน', 'Standard', NULL, 60, 0
  UNION ALL SELECT 58, 'STD', 'มาตรฐาน', 'Standard', NULL, 48, 0
  UNION ALL SELECT 59, 'STD', 'มาตรฐาน', 'Standard', NULL, 75, 0
  UNION ALL SELECT 60, 'STD', 'มาตรฐาน', 'Standard', NULL, 38, 0
  UNION ALL SELECT 61, 'STD', 'มาตรฐาน', 'Standard', NULL, 52, 0
  UNION ALL SELECT 62, 'STD', 'มาตรฐาน', 'Standard', NULL, 40, 0
  UNION ALL SELECT 63, 'STD', 'มาตรฐาน', 'Standard', NULL, 12, 0
  UNION ALL SELECT 64, 'STD', 'มาตรฐาน', 'Standard', NULL, 26, 0
  UNION ALL SELECT 65, 'STD', 'มาตรฐาน', 'Standard', NULL, 30, 0
  UNION ALL SELECT 66, 'STD', 'มาตรฐาน', 'Standard', NULL, 5, 0
  UNION ALL SELECT 67, 'STD', 'มาตรฐาน', 'Standard', NULL, 44, 0
  UNION ALL SELECT 68, 'STD', 'มาตรฐาน', 'Standard', NULL, 58, 0
  UNION ALL SELECT 69, 'STD', 'มาตรฐาน', 'Standard', NULL, 36, 0
  UNION ALL SELECT 70, 'STD', 'มาตรฐาน', 'Standard', NULL, 66, 0
  UNION ALL SELECT 71, 'STD', 'มาตรฐาน', 'Standard', NULL, 25, 0
  UNION ALL SELECT 72, 'STD', 'มาตรฐาน', 'Standard', NULL, 31, 0
  UNION ALL SELECT 73, 'STD', 'มาตรฐาน', 'Standard', NULL, 19, 0
  UNION ALL SELECT 74, 'STD', 'มาตรฐาน', 'Standard', NULL, 8, 0
  UNION ALL SELECT 75, 'STD', 'มาตรฐาน', 'Standard', NULL, 25, 0
  UNION ALL SELECT 76, 'STD', 'มาตรฐาน', 'Standard', NULL, 17, 0
  UNION ALL SELECT 77, 'STD', 'มาตรฐาน', 'Standard', NULL, 21, 0
  UNION ALL SELECT 78, 'STD', 'มาตรฐาน', 'Standard', NULL, 0, 0
  UNION ALL SELECT 79, 'STD', 'มาตรฐาน', 'Standard', NULL, 120, 0
  UNION ALL SELECT 80, 'STD', 'มาตรฐาน', 'Standard', NULL, 0, 0
  UNION ALL SELECT 81, 'STD', 'มาตรฐาน', 'Standard', NULL, 6, 0
  UNION ALL SELECT 82, 'STD', 'มาตรฐาน', 'Standard', NULL, 15, 0
  UNION ALL SELECT 83, 'STD', 'มาตรฐาน', 'Standard', NULL, 11, 0
  UNION ALL SELECT 84, 'STD', 'มาตรฐาน', 'Standard', NULL, 95, 0
  UNION ALL SELECT 85, 'STD', 'มาตรฐาน', 'Standard', NULL, 90, 0
  UNION ALL SELECT 86, 'STD', 'มาตรฐาน', 'Standard', NULL, 70, 0
  UNION ALL SELECT 87, 'STD', 'มาตรฐาน', 'Standard', NULL, 46, 0
  UNION ALL SELECT 88, 'STD', 'มาตรฐาน', 'Standard', NULL, 37, 0
  UNION ALL SELECT 89, 'STD', 'มาตรฐาน', 'Standard', NULL, 58, 0
  UNION ALL SELECT 90, 'STD', 'มาตรฐาน', 'Standard', NULL, 40, 0
  UNION ALL SELECT 91, 'STD', 'มาตรฐาน', 'Standard', NULL, 120, 0
  UNION ALL SELECT 92, 'STD', 'มาตรฐาน', 'Standard', NULL, 120, 0
  UNION ALL SELECT 93, 'STD', 'มาตรฐาน', 'Standard', NULL, 120, 0
  UNION ALL SELECT 94, 'STD', 'มาตรฐาน', 'Standard', NULL, 120, 0
  UNION ALL SELECT 95, 'STD', 'มาตรฐาน', 'Standard', NULL, 120, 0
  UNION ALL SELECT 96, 'STD', 'มาตรฐาน', 'Standard', NULL, 42, 0
  UNION ALL SELECT 97, 'STD', 'มาตรฐาน', 'Standard', NULL, 19, 0
  UNION ALL SELECT 98, 'STD', 'มาตรฐาน', 'Standard', NULL, 53, 0
  UNION ALL SELECT 99, 'STD', 'มาตรฐาน', 'Standard', NULL, 67, 0
  UNION ALL SELECT 100, 'STD', 'มาตรฐาน', 'Standard', NULL, 0, 0
  UNION ALL SELECT 101, 'STD', 'มาตรฐาน', 'Standard', NULL, 28, 0
  UNION ALL SELECT 102, 'STD', 'มาตรฐาน', 'Standard', NULL, 3, 0
  UNION ALL SELECT 103, 'STD', 'มาตรฐาน', 'Standard', NULL, 8, 0
  UNION ALL SELECT 104, 'STD', 'มาตรฐาน', 'Standard', NULL, 24, 0
  UNION ALL SELECT 105, 'STD', 'มาตรฐาน', 'Standard', NULL, 14, 0
  UNION ALL SELECT 106, 'STD', 'มาตรฐาน', 'Standard', NULL, 5, 0
  UNION ALL SELECT 107, 'STD', 'มาตรฐาน', 'Standard', NULL, 20, 0
  UNION ALL SELECT 108, 'STD', 'มาตรฐาน', 'Standard', NULL, 33, 0
  UNION ALL SELECT 109, 'M', 'ไซซ์ M', 'Size M', NULL, 6, 0
  UNION ALL SELECT 109, 'L', 'ไซซ์ L', 'Size L', NULL, 6, 1
  UNION ALL SELECT 109, 'XL', 'ไซซ์ XL', 'Size XL', (SELECT p.price_satang + 5000 FROM product p WHERE p.id = 109), 5, 2
  UNION ALL SELECT 110, 'STD', 'มาตรฐาน', 'Standard', NULL, 9, 0
  UNION ALL SELECT 111, 'STD', 'มาตรฐาน', 'Standard', NULL, 29, 0
  UNION ALL SELECT 112, 'STD', 'มาตรฐาน', 'Standard', NULL, 40, 0
  UNION ALL SELECT 113, 'STD', 'มาตรฐาน', 'Standard', NULL, 60, 0
  UNION ALL SELECT 114, 'STD', 'มาตรฐาน', 'Standard', NULL, 85, 0
  UNION ALL SELECT 115, 'STD', 'มาตรฐาน', 'Standard', NULL, 37, 0
  UNION ALL SELECT 116, 'STD', 'มาตรฐาน', 'Standard', NULL, 22, 0
  UNION ALL SELECT 117, 'STD', 'มาตรฐาน', 'Standard', NULL, 41, 0
  UNION ALL SELECT 118, 'STD', 'มาตรฐาน', 'Standard', NULL, 0, 0
  UNION ALL SELECT 119, 'STD', 'มาตรฐาน', 'Standard', NULL, 13, 0
  UNION ALL SELECT 120, 'STD', 'มาตรฐาน', 'Standard', NULL, 48, 0
  UNION ALL SELECT 121, 'STD', 'มาตรฐาน', 'Standard', NULL, 26, 0
  UNION ALL SELECT 122, 'STD', 'มาตรฐาน', 'Standard', NULL, 15, 0
  UNION ALL SELECT 123, 'STD', 'มาตรฐาน', 'Standard', NULL, 38, 0
  UNION ALL SELECT 124, 'STD', 'มาตรฐาน', 'Standard', NULL, 22, 0
  UNION ALL SELECT 125, 'STD', 'มาตรฐาน', 'Standard', NULL, 10, 0
  UNION ALL SELECT 126, 'STD', 'มาตรฐาน', 'Standard', NULL, 14, 0
  UNION ALL SELECT 127, 'STD', 'มาตรฐาน', 'Standard', NULL, 27, 0
  UNION ALL SELECT 128, 'STD', 'มาตรฐาน', 'Standard', NULL, 64, 0
  UNION ALL SELECT 129, 'STD', 'มาตรฐาน', 'Standard', NULL, 0, 0
  UNION ALL SELECT 130, 'STD', 'มาตรฐาน', 'Standard', NULL, 120, 0
  UNION ALL SELECT 131, 'STD', 'มาตรฐาน', 'Standard', NULL, 120, 0
  UNION ALL SELECT 132, 'STD', 'มาตรฐาน', 'Standard', NULL, 120, 0
  UNION ALL SELECT 133, 'STD', 'มาตรฐาน', 'Standard', NULL, 120, 0
  UNION ALL SELECT 134, 'STD', 'มาตรฐาน', 'Standard', NULL, 120, 0
  UNION ALL SELECT 135, 'STD', 'มาตรฐาน', 'Standard', NULL, 18, 0
  UNION ALL SELECT 136, 'STD', 'มาตรฐาน', 'Standard', NULL, 40, 0
  UNION ALL SELECT 137, 'STD', 'มาตรฐาน', 'Standard', NULL, 16, 0
  UNION ALL SELECT 138, 'STD', 'มาตรฐาน', 'Standard', NULL, 22, 0
  UNION ALL SELECT 139, 'STD', 'มาตรฐาน', 'Standard', NULL, 12, 0
  UNION ALL SELECT 140, 'STD', 'มาตรฐาน', 'Standard', NULL, 5, 0
  UNION ALL SELECT 141, 'STD', 'มาตรฐาน', 'Standard', NULL, 55, 0
  UNION ALL SELECT 142, 'STD', 'มาตรฐาน', 'Standard', NULL, 44, 0
  UNION ALL SELECT 143, 'STD', 'มาตรฐาน', 'Standard', NULL, 38, 0
  UNION ALL SELECT 144, 'STD', 'มาตรฐาน', 'Standard', NULL, 30, 0
  UNION ALL SELECT 145, 'STD', 'มาตรฐาน', 'Standard', NULL, 0, 0
  UNION ALL SELECT 146, 'STD', 'มาตรฐาน', 'Standard', NULL, 47, 0
) v WHERE NOT EXISTS (SELECT 1 FROM product_variant x WHERE x.product_id = v.product_id);
