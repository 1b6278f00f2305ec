/**
 * Members' savings (สัจจะออมทรัพย์): savings products, accounts, deposits and withdrawals, interest
 * by the daily-balance method, passbooks. Every movement is a posting in the ledger; this area asks
 * the ledger and the member register, never the other way round.
 */
package coop.fairshare.savings;
