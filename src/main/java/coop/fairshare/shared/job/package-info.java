/**
 * Heartbeat jobs: long work (an interest run, an audit of the books) done in the background in
 * short steps, its state a row in the database, any instance of a cluster able to take it over.
 */
package coop.fairshare.shared.job;
