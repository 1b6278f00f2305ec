/** JAX-RS resources of the ledger, for treasurers' scripts. */
package coop.fairshare.ledger.rest;
