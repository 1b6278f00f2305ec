package coop.fairshare.split;

import java.io.Serializable;

/** Where a shopper's money goes: the allocation and the rule it came from. */
public record SplitPreview(SplitAllocation allocation, long ruleId, RuleScope scope, int feeBp) implements Serializable {}
