/** JAX-RS resources of the split: the public preview and the rules. */
package coop.fairshare.split.rest;
