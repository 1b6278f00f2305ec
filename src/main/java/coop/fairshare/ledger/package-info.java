/**
 * The one double-entry ledger: chart of accounts, append-only journal entries that always balance,
 * balances spread over several rows for hot accounts, accounting months, and manual entries under
 * two-person (maker-checker) approval. Sales, payments, savings and welfare all post here.
 */
package coop.fairshare.ledger;
