package coop.fairshare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.NotFound;
import coop.fairshare.split.MakerShareBelowFloor;
import coop.fairshare.split.SplitShares;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A refusal reads in the caller's language, with the names inside it in that language too. */
class RefusalTextsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "th|th",
    "en|en",
    "en-US,en;q=0.9|en",
    "th-TH,th;q=0.9,en;q=0.5|th",
    "fr-FR,fr;q=0.9,en;q=0.8|en",
    "en;q=0.2,th;q=0.8|th",
  })
  void anApiCallerIsAnsweredInTheFirstOfThaiOrEnglishSheAccepts(String header, String language) {
    assertThat(Language.fromHeader(header)).hasValueSatisfying(l -> assertThat(l.getLanguage()).isEqualTo(language));
  }

  @Test
  void aHeaderWithNeitherThaiNorEnglishOrNoneAtAllLeavesItToTheCookie() {
    assertThat(Language.fromHeader("fr, de;q=0.5")).isEmpty();
    assertThat(Language.fromHeader("*")).isEmpty();
    assertThat(Language.fromHeader(null)).isEmpty();
    assertThat(Language.fromHeader(";;;=garbage")).isEmpty();
  }

  @Test
  void whatWasNotFoundIsNamedInTheReadersLanguage() {
    NotFound missing = new NotFound("product", 42L);
    assertThat(Texts.text(Language.THAI, missing.messageKey(), missing.arguments())).isEqualTo("ไม่พบ สินค้า หมายเลข 42");
    assertThat(Texts.text(Locale.ENGLISH, missing.messageKey(), missing.arguments())).isEqualTo("No product with number 42");
  }

  @Test
  void theFloorIsQuotedInPercentages() {
    MakerShareBelowFloor below = new MakerShareBelowFloor(4050, 5000);
    assertThat(Texts.text(Language.THAI, below.messageKey(), below.arguments())).isEqualTo("ส่วนแบ่งผู้ผลิต 40.5% ต่ำกว่าขั้นต่ำที่สหกรณ์รับประกัน 50%");
    assertThat(Texts.text(Locale.ENGLISH, below.messageKey(), below.arguments())).isEqualTo("The maker's share of 40.5% is below the guaranteed floor of 50%");
  }

  @Test
  void aNegativeShareIsRefusedByNameAndNamesItsField() {
    try {
      new SplitShares(7000, -500, 3000, 500, 0);
    } catch (BadInput refused) {
      assertThat(refused.field()).contains("groupShare");
      assertThat(Texts.text(Language.THAI, refused.messageKey(), refused.arguments())).isEqualTo("กลุ่มผู้ผลิต: ส่วนแบ่งติดลบไม่ได้");
      assertThat(Texts.text(Locale.ENGLISH, refused.messageKey(), refused.arguments())).isEqualTo("Producer group: a share cannot be negative");
      return;
    }
    throw new AssertionError("a negative share was accepted");
  }
}
