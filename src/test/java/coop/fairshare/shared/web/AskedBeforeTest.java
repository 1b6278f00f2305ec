package coop.fairshare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A drawing is kept only for figures asked a second time, and what is remembered stays bounded (shared/web/AskedBefore). */
class AskedBeforeTest {

  @Test
  void aKeyIsAskedBeforeOnlyFromItsSecondAsking() {
    AskedBefore asked = new AskedBefore(64);
    assertThat(asked.ask("payouts-owed:abc")).isFalse();
    assertThat(asked.ask("payouts-owed:abc")).isTrue();
    assertThat(asked.ask("payouts-owed:abc")).isTrue();
    assertThat(asked.ask("payouts-owed:abd")).as("other figures are new").isFalse();
    assertThat(asked.ask("journal:abc")).as("the same figures in another part are new").isFalse();
  }

  @Test
  void aFloodOfKeysAskedOncePushesOutWhatWasAskedLongAgoButMostlyNotWhatIsAskedOften() {
    AskedBefore asked = new AskedBefore(4096);
    asked.ask("old");
    asked.ask("often");
    int checks = 0;
    int remembered = 0;
    for (int i = 1; i <= 100_000; i++) {
      assertThat(asked.ask("once-" + i)).as("asked once").isFalse();
      if (i % 16 == 0) {
        checks++;
        remembered += asked.ask("often") ? 1 : 0;
      }
    }
    // a slot taken by one of the 16 keys between two askings pushes it out: (4095/4096)^16, 0.4 % of the time
    assertThat(remembered).as("asked every 16 keys").isGreaterThan(checks * 98 / 100).isLessThan(checks);
    assertThat(asked.ask("old")).as("asked once, 100,000 keys ago").isFalse();
  }

  @Test
  void theTableIsRoundedUpToAPowerOfTwoAndAFingerprintIsNeverAnEmptySlot() {
    assertThat(new AskedBefore(1000).slotCount()).isEqualTo(1024);
    assertThat(new AskedBefore(1024).slotCount()).isEqualTo(1024);
    assertThat(new AskedBefore(1025).slotCount()).isEqualTo(2048);
    assertThat(new AskedBefore(1).slotCount()).isEqualTo(2);
    assertThat(AskedBefore.fingerprint("")).isNotZero();
    assertThat(AskedBefore.fingerprint("a")).isNotEqualTo(AskedBefore.fingerprint("b"));
  }
}
