/**
 * The welfare pages' backing beans, which only translate: the treasurer's desk (a member found,
 * enrolled, her months paid), grants to the fund, the scheme's versions (an ADMIN's to add or
 * withdraw), the claims desk (waiting for a first or second approval, the payout queue), one claim
 * with its approvals and papers, the claim form for a member, her group's leader or a treasurer,
 * and a member's own place in the fund.
 */
package coop.fairshare.welfare.web;
