-- Money a shopper sent for an order already paid (a transfer's slip confirmed after her card payment, or a second
-- transfer): it is in the bank and owed back to her until a treasurer returns it (a manual entry, maker-checker).
INSERT INTO ledger_account (code, name_th, name_en, type, balance_slots) VALUES
  ('2500', 'เงินรอคืนผู้ซื้อ', 'Money to return to shoppers', 'LIABILITY', 1);
