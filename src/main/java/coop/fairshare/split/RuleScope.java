package coop.fairshare.split;

/** What a split rule covers; the narrowest rule in force wins: group, then category, then cooperative. */
public enum RuleScope {
  COOP,
  CATEGORY,
  GROUP
}
