/** Faces backing beans of the treasurer's ledger pages: accounts, journal, entries, trial balance, months and manual entries. */
package coop.fairshare.ledger.web;
