/**
 * The welfare fund's pages' backing beans, which only translate: the treasurer's desk (a member
 * found, enrolled, her months paid), grants to the fund, and the scheme's versions (an ADMIN's to
 * add or withdraw).
 */
package coop.fairshare.welfare.web;
