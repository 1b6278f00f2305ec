package coop.fairshare.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.fairshare.shared.BadInput;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

  private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(2);
  private static final Backoff BACKOFF = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1), 3);

  static MailMessage message() {
    return new MailMessage("somsri@example.org", "th", "Fairshare: คำสั่งซื้อ FS-2611-00001", "ข้อความ", null, "order-placed", "FS-2611-00001", "order-placed-FS-2611-00001");
  }

  @Test
  void aQueuedMailIsClaimedWithALeaseThenSent() {
    OutboxMail mail = new OutboxMail(message(), false, NOW);
    assertThat(mail.state()).isEqualTo(MailState.QUEUED);
    assertThat(mail.isDue(NOW)).isTrue();

    mail.claim(NOW, LEASE);
    assertThat(mail.state()).isEqualTo(MailState.SENDING);
    assertThat(mail.attempts()).isEqualTo(1);
    assertThat(mail.isDue(NOW.plusSeconds(60))).as("another sender leaves it alone while the lease runs").isFalse();
    assertThatThrownBy(() -> mail.claim(NOW.plusSeconds(60), LEASE)).isInstanceOf(IllegalStateException.class);

    mail.sent(NOW.plusSeconds(1));
    assertThat(mail.state()).isEqualTo(MailState.SENT);
    assertThat(mail.sentAt()).contains(NOW.plusSeconds(1));
    assertThat(mail.isDue(NOW.plus(Duration.ofDays(1)))).as("a sent mail is never sent again").isFalse();
    assertThatThrownBy(() -> mail.queueAgain(NOW)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aFailedTryWaitsItsBackoffAndAfterTheLastTheMailStaysFailed() {
    OutboxMail mail = new OutboxMail(message(), false, NOW);
    mail.claim(NOW, LEASE);
    mail.attemptFailed("MailConnectException: Couldn't connect to host, port: 127.0.0.1, 2525", BACKOFF, NOW);
    assertThat(mail.state()).isEqualTo(MailState.QUEUED);
    assertThat(mail.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
    assertThat(mail.isDue(NOW.plusSeconds(59))).isFalse();
    assertThat(mail.lastError()).hasValueSatisfying(error -> assertThat(error).contains("Couldn't connect"));

    mail.claim(NOW.plusSeconds(60), LEASE);
    mail.attemptFailed("again", BACKOFF, NOW.plusSeconds(60));
    assertThat(mail.nextAttemptAt()).as("the second wait is twice the first").isEqualTo(NOW.plusSeconds(180));
    mail.claim(NOW.plusSeconds(180), LEASE);
    mail.attemptFailed("x".repeat(2000), BACKOFF, NOW.plusSeconds(180));
    assertThat(mail.state()).as("the third of three tries was the last").isEqualTo(MailState.FAILED);
    assertThat(mail.lastError().orElseThrow()).hasSize(OutboxMail.ERROR_LENGTH);
    assertThat(mail.isDue(NOW.plus(Duration.ofDays(1)))).isFalse();

    mail.queueAgain(NOW.plus(Duration.ofDays(1)));
    assertThat(mail.state()).as("an admin sends it again, with fresh tries").isEqualTo(MailState.QUEUED);
    assertThat(mail.attempts()).isZero();
    assertThat(mail.isDue(NOW.plus(Duration.ofDays(1)))).isTrue();
  }

  @Test
  void aSenderThatDiedLosesItsClaimWhenTheLeaseRunsOut() {
    OutboxMail mail = new OutboxMail(message(), false, NOW);
    mail.claim(NOW, LEASE);
    assertThat(mail.isDue(NOW.plus(LEASE))).isTrue();
    mail.claim(NOW.plus(LEASE), LEASE);
    assertThat(mail.state()).isEqualTo(MailState.SENDING);
    assertThat(mail.attempts()).isEqualTo(2);
  }

  @Test
  void withoutAMailServerAMailIsHeldAndNeverDue() {
    OutboxMail mail = new OutboxMail(message(), true, NOW);
    assertThat(mail.state()).isEqualTo(MailState.HELD);
    assertThat(mail.isDue(NOW.plus(Duration.ofDays(30)))).isFalse();
    assertThatThrownBy(() -> mail.claim(NOW, LEASE)).isInstanceOf(IllegalStateException.class);
    assertThat(MailState.HELD.next()).containsExactly(MailState.QUEUED);
    assertThat(MailState.SENT.next()).isEmpty();
  }

  @Test
  void aMessageNeedsOneAddressAndASubjectOnOneLine() {
    assertThatThrownBy(() -> new MailMessage("no address", "th", "s", "t", null, "order-placed", "FS-1", "k")).isInstanceOf(BadInput.class)
        .hasMessageContaining("mail.recipient.invalid");
    assertThatThrownBy(() -> new MailMessage("a@example.org\nBcc: b@example.org", "th", "s", "t", null, "order-placed", "FS-1", "k")).isInstanceOf(BadInput.class);
    MailMessage folded = new MailMessage(" a@example.org ", "fr", "one\r\nBcc: x@example.org", "t", null, "order-placed", "FS-1", "k");
    assertThat(folded.subject()).isEqualTo("one Bcc: x@example.org");
    assertThat(folded.recipient()).isEqualTo("a@example.org");
    assertThat(folded.language()).as("only Thai or English").isEqualTo("th");
    assertThatThrownBy(() -> new MailMessage("a@example.org", "en", "s", "t", null, "order-placed", "FS-1", "key with spaces")).isInstanceOf(IllegalStateException.class);
  }
}
