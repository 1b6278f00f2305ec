-- One version of a split rule per scope and date, enforced by the database. The old key
-- (scope, category, group_id, effective_from) never fired: for a cooperative or category rule one
-- of its columns is always NULL, and NULLs are never equal in a UNIQUE key. scope_key names the
-- scope with no NULL in it ('COOP', 'CATEGORY:OEM', 'GROUP:7'), so two versions of one scope on one
-- date collide even when two administrators save at the same moment.
ALTER TABLE split_rule
  ADD COLUMN scope_key VARCHAR(40) AS (
    CASE scope
      WHEN 'COOP' THEN 'COOP'
      WHEN 'CATEGORY' THEN CONCAT('CATEGORY:', category)
      ELSE CONCAT('GROUP:', group_id)
    END) PERSISTENT,
  DROP INDEX uq_split_rule_version,
  ADD CONSTRAINT uq_split_rule_version UNIQUE (scope_key, effective_from);
