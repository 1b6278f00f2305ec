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
 * {@code memberId=satang} lines from the file the system property {@code fairshare.test.holdings}
 * names (the test writes it), standing in for the savings area, which holds the real money.
 */
@ApplicationScoped
public class HeldForTheTest implements MemberHoldings {

  static final String FILE_PROPERTY = "fairshare.test.holdings";

  @Override
  public Money heldFor(long memberId) {
    String file = System.getProperty(FILE_PROPERTY);
    if (file == null || !Files.isRegularFile(Path.of(file))) {
      return Money.ZERO;
    }
    Properties held = new Properties();
    try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      held.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Money.ofSatang(Long.parseLong(held.getProperty(Long.toString(memberId), "0")));
  }
}
