/**
 * The welfare pages' backing beans, which only translate: the treasurer's desk (a member found,
 * enrolled, her months paid), grants to the fund, the scheme's versions (an ADMIN's to add or
 * withdraw), the claims desk (waiting for a first or second approval, the payout queue), one claim
 * with its approvals and papers, the claim form for a member, her group's leader or a treasurer,
 * a member's own place in the fund, the public donation page and receipt, and the treasurers'
 * list of gifts.
 */
package coop.fairshare.welfare.web;
