-- Money a shopper sent for an order already paid (a transfer's slip confirmed after her card payment, or a second
-- transfer): it is in the bank and owed back to her until a treasurer returns it (a manual entry, maker-checker).
INSERT INTO ledger_account (code, name_th, name_en, type, balance_slots) VALUES
  ('2500', 'เงินรอคืนผู้ซื้อ', 'Money to return to shoppers', 'LIABILITY', 1);
-- its balance row exists from the start, as every account's (V26): a posting only updates it
INSERT IGNORE INTO account_balance (account_id, slot)
  SELECT a.id, 0 FROM ledger_account a WHERE a.code = '2500';
-- the slip of such money says so ('TO_RETURN'): her order page tells her it comes back, and the treasurers know whose it is
ALTER TABLE payment_slip DROP CONSTRAINT ck_payment_slip;
ALTER TABLE payment_slip ADD CONSTRAINT ck_payment_slip CHECK (state IN ('WAITING', 'CONFIRMED', 'TO_RETURN', 'REJECTED') AND size_bytes > 0
  AND size_bytes <= 5242880 AND content_type IN ('image/jpeg', 'image/png', 'application/pdf') AND (state <> 'REJECTED' OR reason IS NOT NULL));
