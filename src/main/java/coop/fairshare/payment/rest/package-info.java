/** The treasurers' payout runs and payee details for scripts (HTTP Basic); payee details only ever masked. */
package coop.fairshare.payment.rest;
