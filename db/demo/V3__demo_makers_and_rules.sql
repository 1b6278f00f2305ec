-- Demo only: name a maker for every product (an active member of its group), and a split rule
-- for contract production, where the group organises the work and keeps a larger share.
UPDATE product p SET maker_member_id = (
  SELECT m.id FROM member m
  WHERE m.group_id = p.group_id AND m.status = 'ACTIVE'
  ORDER BY MOD(m.id * 31 + p.id * 17, 101), m.id
  LIMIT 1);

INSERT INTO split_rule (scope, category, effective_from, maker_bp, group_bp, coop_bp, welfare_bp, maker_savings_bp, note, created_by) VALUES
  ('CATEGORY', 'OEM', '2024-01-01', 6500, 2000, 1000, 500, 500, 'งานรับจ้างผลิต: กลุ่มรับงานและควบคุมคุณภาพ', 'admin');
