-- Demo logins, one per role (password for all: fairshare-demo). Loaded only in demo mode.
-- The hashes are PBKDF2WithHmacSHA512 at 210,000 iterations, made by PasswordHasher.
INSERT INTO user_account (username, password_hash, display_name, email, role, group_id, preferred_lang) VALUES
  ('shopper',   'PBKDF2WithHmacSHA512:210000:zPLY6izu9LmGL4Feo1JwDPfqTI+y5UayVEMzTh5oehA=:aVXOsiRYDGBIBSjCQn+Y9juTyWF3ZXyhpW1YFmCsChHeLbfkHFBykAroGgxJhyZio2Atu5M+HOFRT9jukCdURg==', 'คุณมาลี ผู้ซื้อ', 'shopper@demo.fairshare.coop', 'SHOPPER', NULL, 'th'),
  ('producer',  'PBKDF2WithHmacSHA512:210000:xYCai9PF39aigpWeu1OS7EVKeOXX8u1IfQ1eY/i8fvg=:T0BOlP4nTtdyNXb92yV8rrFs8Up4qRT4qIkJz98afqpBDhlTl8ZIP7ck5edCcvx5HR9yB5imslxYD8JkAgZ6SA==', 'ประธานกลุ่ม (กลุ่มที่ 1)', 'producer@demo.fairshare.coop', 'PRODUCER', 1, 'th'),
  ('producer2', 'PBKDF2WithHmacSHA512:210000:rIXrgH/p07i3CCD6cFD52vpuME9j3Qcge6uR3kmy4rU=:RFFhb7ho8/Q/k1wEG3we4H9hrI6BSpuLWQ8OrboF+kIqzKL7L4Isbs7HI87Lohh/zj9u19JUZWPJMVaHKLcU3A==', 'ประธานกลุ่ม (กลุ่มที่ 7)', 'producer2@demo.fairshare.coop', 'PRODUCER', 7, 'th'),
  ('treasurer', 'PBKDF2WithHmacSHA512:210000:OaabEMs4kY95Q9tWf1H+QyT6/MZH1SMog7b2mDn0rvg=:Ts+hEIYPlbMN/DxhRBnxPQS2OdDGVyU3lSgjxiK2iEeD54JncBYP3UXSyxXm6ZD1Q+TBzHMGik/h7lvBjrjWEw==', 'เหรัญญิก เครือข่าย', 'treasurer@demo.fairshare.coop', 'TREASURER', NULL, 'th'),
  ('admin',     'PBKDF2WithHmacSHA512:210000:zpBamFcO0oBzwIV6z0hQKD9Gs1KUMx/tHVbOPPYBQFU=:otvBTx0kfZIl9bUdsMvKnnMyq1UBSZCfYHXIqHW+pOSM+AHfeK5nJXYdbY8YhyPu7aMH4jVLiTkbqeiQ2IWsmA==', 'สำนักงานสหกรณ์', 'admin@demo.fairshare.coop', 'ADMIN', NULL, 'th');
