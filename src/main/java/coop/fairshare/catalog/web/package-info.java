/** Faces backing beans of the shop window and of a producer's own products. */
package coop.fairshare.catalog.web;
