/** JAX-RS resources of logins: members' own logins, made or linked by treasurers. */
package coop.fairshare.account.rest;
