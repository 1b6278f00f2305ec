package coop.fairshare.split;

/**
 * What a split rule covers; the narrowest rule in force wins: group, then category, then cooperative.
 * Declared from the widest to the narrowest: {@link SplitRules#ruleFor} picks by this order.
 */
public enum RuleScope {
  COOP,
  CATEGORY,
  GROUP
}
