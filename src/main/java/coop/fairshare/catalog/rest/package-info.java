/** JAX-RS resources of the catalog: public products, and a producer's own. */
package coop.fairshare.catalog.rest;
