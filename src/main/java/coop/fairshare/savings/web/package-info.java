/**
 * The savings pages' backing beans, which only translate: the treasurer's accounts by group, an
 * account's passbook with its deposit and withdrawal forms, withdrawals waiting for a second
 * treasurer, members behind on their monthly promise, the totals per group and region, the products
 * (an ADMIN's) and interest runs.
 */
package coop.fairshare.savings.web;
