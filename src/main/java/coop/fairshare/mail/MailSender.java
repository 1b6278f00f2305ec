package coop.fairshare.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/**
 * Hands one mail to the SMTP server with Jakarta Mail (Angus Mail in Payara). Its Message-ID is
 * made from the mail's idempotency key, so a mail that had to be sent twice (its instance died
 * before it could note the first send) is recognisable as the same message.
 */
final class MailSender {

  private final SmtpSettings settings;
  private final Session session;

  MailSender(SmtpSettings settings) {
    this.settings = settings;
    this.session = Session.getInstance(settings.sessionProperties());
  }

  void send(OutboxMail mail) throws MessagingException {
    MimeMessage message = compose(mail);
    if (settings.username().isPresent()) {
      Transport.send(message, settings.username().get(), settings.password().orElse(""));
    } else {
      Transport.send(message);
    }
  }

  MimeMessage compose(OutboxMail mail) throws MessagingException {
    String messageId = "<" + mail.idempotencyKey() + "@fairshare>";
    MimeMessage message = new MimeMessage(session) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
      }
    };
    message.setFrom(new InternetAddress(settings.from(), true));
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient(), true));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    message.setHeader("Content-Language", mail.language());
    message.setSentDate(Date.from(Instant.now()));
    if (mail.html().isPresent()) {
      MimeMultipart alternative = new MimeMultipart("alternative");
      MimeBodyPart text = new MimeBodyPart();
      text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
      MimeBodyPart html = new MimeBodyPart();
      html.setText(mail.html().get(), StandardCharsets.UTF_8.name(), "html");
      alternative.addBodyPart(text);
      alternative.addBodyPart(html);
      message.setContent(alternative);
    } else {
      message.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
    }
    return message;
  }
}
