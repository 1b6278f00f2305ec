/** The savings API for treasurers' and admins' scripts (and, for her own accounts, a member): it only translates. */
package coop.fairshare.savings.rest;
