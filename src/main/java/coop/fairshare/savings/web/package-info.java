/**
 * The treasurer's savings pages: accounts by group, an account's passbook with its deposit and
 * withdrawal forms, withdrawals waiting for a second treasurer, members behind on their monthly
 * promise, and the totals per group and region.
 */
package coop.fairshare.savings.web;
