/** The treasurers' payout pages: payout runs with the money owed and its age, and payee details (masked). */
package coop.fairshare.payment.web;
