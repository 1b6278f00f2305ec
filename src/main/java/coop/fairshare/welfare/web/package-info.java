/** The welfare fund's pages: the public donation page and receipt, and the treasurers' list of gifts. */
package coop.fairshare.welfare.web;
