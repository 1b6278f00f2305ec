-- The groups directory shows each region's groups a page at a time by code (issue 13: a national
-- network has two thousand a region): read in this index's order, not all sorted for every view.
CREATE INDEX ix_group_region_code ON producer_group (region_id, code);
