/** The welfare fund's API for treasurers' scripts: it only translates. */
package coop.fairshare.welfare.rest;
