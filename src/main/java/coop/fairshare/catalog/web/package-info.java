/** Faces backing beans of the shop window, a group's page with its products, and a producer's own products. */
package coop.fairshare.catalog.web;
