/**
 * Money in and money out: the ways a shopper pays (PromptPay QR straight to the cooperative; card
 * and PromptPay through Stripe to come), and payouts to makers and groups. Every movement of money
 * is posted in the ledger; this area only ever asks the ledger, never the other way round.
 */
package coop.fairshare.payment;
