package coop.fairshare.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * The shared app's mail server: GreenMail in the test JVM on the port the build gives
 * ({@code fairshare.test.smtp.port}), running from before the app starts until the run ends, so
 * every class's mails are taken at once and none waits in the outbox for a later class. MailIT
 * stops it and starts it again to show that a mail server that is down loses nothing.
 */
final class TestMailServer {

  static final String HOST = "127.0.0.1";
  static final int PORT = Integer.getInteger("fairshare.test.smtp.port", 23098);

  private volatile GreenMail server;

  /** Starts listening, with nothing received yet. */
  synchronized void start() {
    if (server == null) {
      GreenMail started = new GreenMail(new ServerSetup(PORT, HOST, ServerSetup.PROTOCOL_SMTP));
      started.start();
      server = started;
    }
  }

  /** Stops listening (and forgets what it received); the port is free for a test's own server. */
  synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  /** What it received since it last started. */
  MimeMessage[] received() {
    GreenMail current = server;
    return current == null ? new MimeMessage[0] : current.getReceivedMessages();
  }
}
