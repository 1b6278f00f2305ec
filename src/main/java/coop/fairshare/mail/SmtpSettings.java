package coop.fairshare.mail;

import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The mail server, from FAIRSHARE_SMTP_HOST, _PORT, _USERNAME, _PASSWORD, _FROM and _STARTTLS (the
 * MicroProfile keys {@code fairshare.smtp.host} and so on). Without a host nothing is sent: mails
 * are held in the outbox for the admin to read.
 */
public record SmtpSettings(Optional<String> host, int port, Optional<String> username, Optional<String> password, String from, boolean startTls) {

  static final String DEFAULT_FROM = "Fairshare <no-reply@fairshare.coop>";
  /** How long one connection, read or write may take: a server that hangs must not hold a sender for long. */
  static final int TIMEOUT_MILLIS = 20_000;

  public static SmtpSettings fromConfig() {
    Config config = ConfigProvider.getConfig();
    return new SmtpSettings(text(config, "fairshare.smtp.host"), config.getOptionalValue("fairshare.smtp.port", Integer.class).orElse(25),
        text(config, "fairshare.smtp.username"), text(config, "fairshare.smtp.password"), text(config, "fairshare.smtp.from").orElse(DEFAULT_FROM),
        config.getOptionalValue("fairshare.smtp.starttls", Boolean.class).orElse(false));
  }

  private static Optional<String> text(Config config, String key) {
    return config.getOptionalValue(key, String.class).map(String::strip).filter(value -> !value.isEmpty());
  }

  public boolean configured() {
    return host.isPresent();
  }

  /** Jakarta Mail's session properties for this server. */
  Properties sessionProperties() {
    Properties properties = new Properties();
    properties.put("mail.transport.protocol", "smtp");
    properties.put("mail.smtp.host", host.orElse("localhost"));
    properties.put("mail.smtp.port", Integer.toString(port));
    properties.put("mail.smtp.auth", Boolean.toString(username.isPresent()));
    properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
    properties.put("mail.smtp.starttls.required", Boolean.toString(startTls));
    properties.put("mail.smtp.connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
    properties.put("mail.smtp.timeout", Integer.toString(TIMEOUT_MILLIS));
    properties.put("mail.smtp.writetimeout", Integer.toString(TIMEOUT_MILLIS));
    properties.put("mail.mime.charset", "UTF-8");
    return properties;
  }

  @Override
  public String toString() {
    // never the password in a log line
    return "smtp://" + host.orElse("(none)") + ":" + port + (username.isPresent() ? " as " + username.get() : "") + (startTls ? " with STARTTLS" : "");
  }
}
