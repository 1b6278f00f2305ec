/** Faces backing beans of login, logout and registration. */
package coop.fairshare.account.web;
