/**
 * The shop's e-mails: an outbox written in the same transaction as the change a mail tells of
 * ({@link coop.fairshare.mail.Outbox#queue}), sent after the commit by Jakarta Mail with retries and
 * backoff ({@link coop.fairshare.mail.OutboxDelivery}), and readable by an admin. It knows no other
 * area: the areas that write mails compose them and hand over a finished {@link
 * coop.fairshare.mail.MailMessage}.
 */
package coop.fairshare.mail;
