package coop.fairshare.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A mail handed to a real SMTP server (GreenMail, in this JVM) arrives whole: Thai subject and text, its own Message-ID. */
class MailSenderTest {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @Test
  void aThaiMailArrivesWithItsSubjectTextAndMessageId() throws Exception {
    SmtpSettings settings = new SmtpSettings(Optional.of("127.0.0.1"), SMTP.getSmtp().getPort(), Optional.empty(), Optional.empty(), "Fairshare <shop@fairshare.test>", false);
    OutboxMail mail = new OutboxMail(new MailMessage("somsri@example.org", "th", "Fairshare: คำสั่งซื้อ FS-2611-00001 ของคุณ",
        "เรียน คุณสมศรี\n\n• 2 × ผ้าพันคอ — ฿900.00\n", null, "order-placed", "FS-2611-00001", "order-placed-FS-2611-00001"), false, Instant.now());

    new MailSender(settings).send(mail);

    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).isEqualTo("Fairshare: คำสั่งซื้อ FS-2611-00001 ของคุณ");
    assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
    assertThat(received[0].getContent().toString()).contains("ผ้าพันคอ — ฿900.00");
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("somsri@example.org");
    assertThat(received[0].getFrom()[0].toString()).contains("shop@fairshare.test");
    assertThat(received[0].getMessageID()).isEqualTo("<order-placed-FS-2611-00001@fairshare>");
    assertThat(received[0].getHeader("Content-Language")).containsExactly("th");
  }

  @Test
  void aMailWithHtmlTooIsSentAsPlainTextAndHtmlAlternatives() throws Exception {
    SmtpSettings settings = new SmtpSettings(Optional.of("127.0.0.1"), SMTP.getSmtp().getPort(), Optional.empty(), Optional.empty(), SmtpSettings.DEFAULT_FROM, false);
    OutboxMail mail = new OutboxMail(new MailMessage("ann@example.org", "en", "Fairshare: your order FS-2611-00002", "Thank you", "<p>Thank <b>you</b></p>",
        "order-placed", "FS-2611-00002", "order-placed-FS-2611-00002"), false, Instant.now());

    new MailSender(settings).send(mail);

    MimeMessage received = SMTP.getReceivedMessages()[0];
    assertThat(received.getContentType()).startsWith("multipart/alternative");
    jakarta.mail.Multipart parts = (jakarta.mail.Multipart) received.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
    assertThat(parts.getBodyPart(0).getContent().toString()).isEqualTo("Thank you");
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
    assertThat(parts.getBodyPart(1).getContent().toString()).isEqualTo("<p>Thank <b>you</b></p>");
    assertThat(received.getFrom()[0].toString()).contains("no-reply@fairshare.coop");
  }

  @Test
  void aServerThatIsNotThereIsAMessagingErrorNamedForTheAdmin() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    SmtpSettings settings = new SmtpSettings(Optional.of("127.0.0.1"), closed, Optional.empty(), Optional.empty(), SmtpSettings.DEFAULT_FROM, false);
    OutboxMail mail = new OutboxMail(OutboxMailTest.message(), false, Instant.now());

    assertThatThrownBy(() -> new MailSender(settings).send(mail)).isInstanceOf(MessagingException.class)
        .satisfies(e -> assertThat(OutboxDelivery.describe((Exception) e)).contains("127.0.0.1").contains(Integer.toString(closed)));
    assertThat(settings.toString()).doesNotContain("password");
  }
}
