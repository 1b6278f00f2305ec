/**
 * The fair-trade split: versioned rules (cooperative, category, group) giving the maker, the group,
 * the cooperative fund and the welfare fund their basis points; allocation in whole satang; each
 * sold line's split stored as it was; and the "where your money goes" preview shoppers see.
 */
package coop.fairshare.split;
