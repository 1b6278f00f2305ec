/** The admin's outbox page: the shop's mails, newest first, and the text of each. */
package coop.fairshare.mail.web;
