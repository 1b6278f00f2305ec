package coop.fairshare.it;

import coop.fairshare.member.MemberHoldings;
import coop.fairshare.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Money "held" for members, as the test says: added to the WAR of {@link MembersIT} only, it reads
 * {@code memberId=satang} lines from {@link #FILE} (the test writes it), standing in for the savings
 * area, which holds the real money. The path is relative: the Payara Micro the tests start runs in
 * the project's folder, as the test JVM does (arquillian.xml names its pre-boot file the same way).
 */
@ApplicationScoped
public class HeldForTheTest implements MemberHoldings {

  static final Path FILE = Path.of("target/it-holdings.properties");

  @Override
  public Money heldFor(long memberId) {
    if (!Files.isRegularFile(FILE)) {
      return Money.ZERO;
    }
    Properties held = new Properties();
    try (Reader in = Files.newBufferedReader(FILE, StandardCharsets.UTF_8)) {
      held.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Money.ofSatang(Long.parseLong(held.getProperty(Long.toString(memberId), "0")));
  }
}
