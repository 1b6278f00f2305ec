-- Demo only (issue 11): a member who signs in, password fairshare-demo like the other demo logins.
-- She is the maker of the demo's first product (Yong-pattern scarf, group 1), so the demo's year of
-- sales gives her earnings to see under "My earnings".
INSERT INTO user_account (username, password_hash, display_name, email, role, group_id, member_id, preferred_lang)
SELECT 'member',
       'PBKDF2WithHmacSHA512:210000:C1OaqXw44dyTMa9MU6/E0OzyxjUJvwVHbWZo3si6DmI=:5eJt/Hku+1OzZ1pWFvf/6/WB1PB1wGIEuopJMtVYOe97xTC4kGJk0xH4aZwxUYwF/CfqansA5/+OKj4hGISu3Q==',
       m.full_name_th, 'member@demo.fairshare.coop', 'MEMBER', NULL, m.id, 'th'
FROM product p JOIN member m ON m.id = p.maker_member_id
WHERE p.id = 1;

-- Her birth date and phone, as a treasurer would have entered them.
UPDATE member m JOIN product p ON p.maker_member_id = m.id AND p.id = 1
SET m.birth_date = '1968-04-12', m.phone = '0812345678';
