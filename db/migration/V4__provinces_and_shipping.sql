-- Delivery reference data: the 77 provinces an address may name, and the shipping fee table.

-- Thailand's 76 provinces and Bangkok, keyed by their ISO 3166-2:TH code (Pattaya, TH-S, is a
-- special city inside Chon Buri, not a province). A shopper's postcode must start with its
-- province's prefix, so each province keeps its own prefix even where two share one: Samut Prakan's
-- postcodes start with 10, as Bangkok's do.
CREATE TABLE province (
  code             CHAR(5)      NOT NULL PRIMARY KEY,
  name_th          VARCHAR(100) NOT NULL,
  name_en          VARCHAR(100) NOT NULL,
  region_id        BIGINT       NOT NULL,
  postcode_prefix  CHAR(2)      NOT NULL,
  CONSTRAINT uq_province_name_th UNIQUE (name_th),
  CONSTRAINT uq_province_name_en UNIQUE (name_en),
  CONSTRAINT fk_province_region FOREIGN KEY (region_id) REFERENCES region (id),
  CONSTRAINT ck_province_code CHECK (code REGEXP '^TH-[0-9]{2}$'),
  CONSTRAINT ck_province_postcode CHECK (postcode_prefix REGEXP '^[1-9][0-9]$')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Regions are the cooperative's five networks on the four-region division: Bangkok alone is 5; the
-- North is its 17 provinces, lower North (Nakhon Sawan to Tak) included; Central takes in the East
-- and the West.
INSERT INTO province (code, name_th, name_en, region_id, postcode_prefix) VALUES
  -- Bangkok
  ('TH-10', 'กรุงเทพมหานคร',     'Bangkok',                  5, '10'),
  -- Central, East and West
  ('TH-11', 'สมุทรปราการ',       'Samut Prakan',             3, '10'),
  ('TH-12', 'นนทบุรี',           'Nonthaburi',               3, '11'),
  ('TH-13', 'ปทุมธานี',          'Pathum Thani',             3, '12'),
  ('TH-14', 'พระนครศรีอยุธยา',   'Phra Nakhon Si Ayutthaya', 3, '13'),
  ('TH-15', 'อ่างทอง',           'Ang Thong',                3, '14'),
  ('TH-16', 'ลพบุรี',            'Lopburi',                  3, '15'),
  ('TH-17', 'สิงห์บุรี',         'Sing Buri',                3, '16'),
  ('TH-18', 'ชัยนาท',            'Chai Nat',                 3, '17'),
  ('TH-19', 'สระบุรี',           'Saraburi',                 3, '18'),
  ('TH-20', 'ชลบุรี',            'Chonburi',                 3, '20'),
  ('TH-21', 'ระยอง',             'Rayong',                   3, '21'),
  ('TH-22', 'จันทบุรี',          'Chanthaburi',              3, '22'),
  ('TH-23', 'ตราด',              'Trat',                     3, '23'),
  ('TH-24', 'ฉะเชิงเทรา',        'Chachoengsao',             3, '24'),
  ('TH-25', 'ปราจีนบุรี',        'Prachinburi',              3, '25'),
  ('TH-26', 'นครนายก',           'Nakhon Nayok',             3, '26'),
  ('TH-27', 'สระแก้ว',           'Sa Kaeo',                  3, '27'),
  ('TH-70', 'ราชบุรี',           'Ratchaburi',               3, '70'),
  ('TH-71', 'กาญจนบุรี',         'Kanchanaburi',             3, '71'),
  ('TH-72', 'สุพรรณบุรี',        'Suphan Buri',              3, '72'),
  ('TH-73', 'นครปฐม',            'Nakhon Pathom',            3, '73'),
  ('TH-74', 'สมุทรสาคร',         'Samut Sakhon',             3, '74'),
  ('TH-75', 'สมุทรสงคราม',       'Samut Songkhram',          3, '75'),
  ('TH-76', 'เพชรบุรี',          'Phetchaburi',              3, '76'),
  ('TH-77', 'ประจวบคีรีขันธ์',   'Prachuap Khiri Khan',      3, '77'),
  -- Northeast (Isan)
  ('TH-30', 'นครราชสีมา',        'Nakhon Ratchasima',        2, '30'),
  ('TH-31', 'บุรีรัมย์',         'Buriram',                  2, '31'),
  ('TH-32', 'สุรินทร์',          'Surin',                    2, '32'),
  ('TH-33', 'ศรีสะเกษ',          'Sisaket',                  2, '33'),
  ('TH-34', 'อุบลราชธานี',       'Ubon Ratchathani',         2, '34'),
  ('TH-35', 'ยโสธร',             'Yasothon',                 2, '35'),
  ('TH-36', 'ชัยภูมิ',           'Chaiyaphum',               2, '36'),
  ('TH-37', 'อำนาจเจริญ',        'Amnat Charoen',            2, '37'),
  ('TH-38', 'บึงกาฬ',            'Bueng Kan',                2, '38'),
  ('TH-39', 'หนองบัวลำภู',       'Nong Bua Lamphu',          2, '39'),
  ('TH-40', 'ขอนแก่น',           'Khon Kaen',                2, '40'),
  ('TH-41', 'อุดรธานี',          'Udon Thani',               2, '41'),
  ('TH-42', 'เลย',               'Loei',                     2, '42'),
  ('TH-43', 'หนองคาย',           'Nong Khai',                2, '43'),
  ('TH-44', 'มหาสารคาม',         'Maha Sarakham',            2, '44'),
  ('TH-45', 'ร้อยเอ็ด',          'Roi Et',                   2, '45'),
  ('TH-46', 'กาฬสินธุ์',         'Kalasin',                  2, '46'),
  ('TH-47', 'สกลนคร',            'Sakon Nakhon',             2, '47'),
  ('TH-48', 'นครพนม',            'Nakhon Phanom',            2, '48'),
  ('TH-49', 'มุกดาหาร',          'Mukdahan',                 2, '49'),
  -- North
  ('TH-50', 'เชียงใหม่',         'Chiang Mai',               1, '50'),
  ('TH-51', 'ลำพูน',             'Lamphun',                  1, '51'),
  ('TH-52', 'ลำปาง',             'Lampang',                  1, '52'),
  ('TH-53', 'อุตรดิตถ์',         'Uttaradit',                1, '53'),
  ('TH-54', 'แพร่',              'Phrae',                    1, '54'),
  ('TH-55', 'น่าน',              'Nan',                      1, '55'),
  ('TH-56', 'พะเยา',             'Phayao',                   1, '56'),
  ('TH-57', 'เชียงราย',          'Chiang Rai',               1, '57'),
  ('TH-58', 'แม่ฮ่องสอน',        'Mae Hong Son',             1, '58'),
  ('TH-60', 'นครสวรรค์',         'Nakhon Sawan',             1, '60'),
  ('TH-61', 'อุทัยธานี',         'Uthai Thani',              1, '61'),
  ('TH-62', 'กำแพงเพชร',         'Kamphaeng Phet',           1, '62'),
  ('TH-63', 'ตาก',               'Tak',                      1, '63'),
  ('TH-64', 'สุโขทัย',           'Sukhothai',                1, '64'),
  ('TH-65', 'พิษณุโลก',          'Phitsanulok',              1, '65'),
  ('TH-66', 'พิจิตร',            'Phichit',                  1, '66'),
  ('TH-67', 'เพชรบูรณ์',         'Phetchabun',               1, '67'),
  -- South
  ('TH-80', 'นครศรีธรรมราช',     'Nakhon Si Thammarat',      4, '80'),
  ('TH-81', 'กระบี่',            'Krabi',                    4, '81'),
  ('TH-82', 'พังงา',             'Phang Nga',                4, '82'),
  ('TH-83', 'ภูเก็ต',            'Phuket',                   4, '83'),
  ('TH-84', 'สุราษฎร์ธานี',      'Surat Thani',              4, '84'),
  ('TH-85', 'ระนอง',             'Ranong',                   4, '85'),
  ('TH-86', 'ชุมพร',             'Chumphon',                 4, '86'),
  ('TH-90', 'สงขลา',             'Songkhla',                 4, '90'),
  ('TH-91', 'สตูล',              'Satun',                    4, '91'),
  ('TH-92', 'ตรัง',              'Trang',                    4, '92'),
  ('TH-93', 'พัทลุง',            'Phatthalung',              4, '93'),
  ('TH-94', 'ปัตตานี',           'Pattani',                  4, '94'),
  ('TH-95', 'ยะลา',              'Yala',                     4, '95'),
  ('TH-96', 'นราธิวาส',          'Narathiwat',               4, '96');

-- Weight-based shipping fees, kept by an admin: a parcel pays the fee of the lightest band whose
-- max_weight_grams it does not exceed. The application replaces the whole table at once.
CREATE TABLE shipping_rate (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  max_weight_grams  INT          NOT NULL,
  fee_satang        BIGINT       NOT NULL,
  updated_by        VARCHAR(64)  NOT NULL,
  updated_at        TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT uq_shipping_rate_weight UNIQUE (max_weight_grams),
  -- same ceiling as a product's weight
  CONSTRAINT ck_shipping_rate_weight CHECK (max_weight_grams > 0 AND max_weight_grams <= 100000),
  CONSTRAINT ck_shipping_rate_fee CHECK (fee_satang >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- A starting table near Thai domestic parcel prices (฿40 up to 500 g ... ฿360 up to 30 kg).
INSERT INTO shipping_rate (max_weight_grams, fee_satang, updated_by) VALUES
  (  500,  4000, 'migration'),
  ( 1000,  5000, 'migration'),
  ( 2000,  6500, 'migration'),
  ( 3000,  8000, 'migration'),
  ( 5000, 11000, 'migration'),
  (10000, 16000, 'migration'),
  (20000, 26000, 'migration'),
  (30000, 36000, 'migration');

-- A few districts are served from a neighbouring province's post office, so their postcodes start
-- with that province's digits (e.g. Kanlayani Watthana in Chiang Mai has 58130). These are the
-- other prefixes a province's real addresses use; anything else is a typing mistake.
ALTER TABLE province ADD COLUMN other_postcode_prefixes VARCHAR(40) NULL;
UPDATE province SET other_postcode_prefixes = '58' WHERE code = 'TH-50';
UPDATE province SET other_postcode_prefixes = '80' WHERE code = 'TH-81';
UPDATE province SET other_postcode_prefixes = '83' WHERE code = 'TH-82';
UPDATE province SET other_postcode_prefixes = '30' WHERE code = 'TH-19';
UPDATE province SET other_postcode_prefixes = '36' WHERE code = 'TH-30';
UPDATE province SET other_postcode_prefixes = '13,18' WHERE code = 'TH-16';
UPDATE province SET other_postcode_prefixes = '18' WHERE code = 'TH-14';
UPDATE province SET other_postcode_prefixes = '22' WHERE code = 'TH-21';
UPDATE province SET other_postcode_prefixes = '70' WHERE code = 'TH-71';
UPDATE province SET other_postcode_prefixes = '71' WHERE code = 'TH-72';
