/**
 * The one ledger, kept by double entry.
 * Chart of accounts, append-only journal entries whose debits always equal their credits, running
 * totals spread over several rows for hot accounts, accounting months, and manual entries under
 * two-person (maker-checker) approval. Sales, payments, savings and welfare all post here.
 */
package coop.fairshare.ledger;
