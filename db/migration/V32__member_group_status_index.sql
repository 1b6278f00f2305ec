-- The treasurer's landing page counts the members of a page of groups by status (issue 13): with
-- the status in the index the count reads the index alone, not every member's row (a national
-- network's groups have a hundred members each).
CREATE INDEX ix_member_group_status ON member (group_id, status);
