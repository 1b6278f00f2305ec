/** The savings pages' backing beans: they only translate between pages and the savings services. */
package coop.fairshare.savings.web;
