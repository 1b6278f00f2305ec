-- A group's sales page asks for its sales of a period (a month, a quarter, a year): the day each
-- split was posted is kept beside it, so the page reads that period's splits by index, not every
-- split the group ever made (which grows with its history). It is the posted entry's own date.
ALTER TABLE sale_split ADD COLUMN posted_on DATE NULL AFTER posted_entry_id;

UPDATE sale_split s JOIN journal_entry e ON e.id = s.posted_entry_id SET s.posted_on = e.entry_date;

ALTER TABLE sale_split ADD CONSTRAINT ck_sale_split_posted CHECK ((posted_entry_id IS NULL) = (posted_on IS NULL));

CREATE INDEX ix_sale_split_group_posted ON sale_split (group_id, posted_on);
