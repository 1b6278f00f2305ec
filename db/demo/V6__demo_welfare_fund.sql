-- Demo only (issue 12): a second treasurer, so a welfare claim (and a manual entry) can be approved by
-- two different treasurers in the demo. Password fairshare-demo like the other demo logins.
INSERT INTO user_account (username, password_hash, display_name, email, role, group_id, preferred_lang) VALUES
  ('treasurer2', 'PBKDF2WithHmacSHA512:210000:XAKN2UHvIVOO0425DDfwWGBI5kz/hnrfDW0jgYnPJbI=:laPC79dMErF0jgIzuLdTI5m6YLuOS3pxwJ0c9JrQku12JjtME/XPugBIdEfyxDS0cqt8W7RxssuNrGpKiITITw==',
   'เหรัญญิก คนที่สอง', 'treasurer2@demo.fairshare.coop', 'TREASURER', NULL, 'th');

-- Two members of group 2 who died, long in the welfare fund: one family's death grant was paid months
-- ago, the other's waits in the fund's payout queue (the demo's welfare claims, DemoWelfare).
UPDATE member SET status = 'DECEASED', status_since = CURRENT_DATE - INTERVAL 130 DAY WHERE member_number = 'HW-00015';
UPDATE member SET status = 'DECEASED', status_since = CURRENT_DATE - INTERVAL 20 DAY WHERE member_number = 'HW-00010';
