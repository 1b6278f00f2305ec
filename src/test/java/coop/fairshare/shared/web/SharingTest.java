package coop.fairshare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SharingTest {

  @Test
  void aShortTextIsKeptOnOneLine() {
    assertThat(Sharing.summary("  Hand-woven\n cotton\tscarf  ", Locale.ENGLISH, 160)).isEqualTo("Hand-woven cotton scarf");
    assertThat(Sharing.summary(null, Locale.ENGLISH, 160)).isEmpty();
  }

  @Test
  void aLongTextIsCutOnAWordWithAnEllipsis() {
    String text = "Naturally dyed indigo cotton from Nan, woven by hand on wooden looms by the women of the village ".repeat(4);
    String summary = Sharing.summary(text, Locale.ENGLISH, 160);
    assertThat(summary).hasSizeLessThanOrEqualTo(160).endsWith("…");
    String kept = summary.substring(0, summary.length() - 1);
    assertThat(text).startsWith(kept);
    assertThat(text.charAt(kept.length())).as("cut between words").isIn(' ', ',');
  }

  @Test
  void aLongThaiTextIsCutBetweenThaiWordsThoughItHasNoSpaces() {
    String text = "ผ้าฝ้ายทอมือย้อมสีธรรมชาติจากน่าน".repeat(10);
    String summary = Sharing.summary(text, Locale.forLanguageTag("th"), 160);
    assertThat(summary).hasSizeLessThanOrEqualTo(160).endsWith("…");
    String kept = summary.substring(0, summary.length() - 1);
    assertThat(text).startsWith(kept);
    assertThat(kept.length()).isGreaterThan(100);
    assertThat(java.util.List.of("ผ้า", "ฝ้าย", "ทอ", "มือ", "ย้อม", "สี", "ธรรมชาติ", "จาก", "น่าน")).as("ends on a whole word").anyMatch(kept::endsWith);
  }

  @Test
  void jsonForAScriptCannotEndTheScriptAndStillReadsTheSame() {
    String name = "Scarf </script><script>alert(1)</script> \"quoted\" & <!-- \u2028";
    String json = Sharing.jsonForScript(Json.createObjectBuilder().add("name", name).build());
    assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("\u2028").contains("\\u003c/script\\u003e");
    JsonObject read = Json.createReader(new StringReader(json)).readObject();
    assertThat(read.getString("name")).isEqualTo(name);
  }
}
