package coop.fairshare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PersonalPartsTest {

  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

  private static byte[] page(String cart, String links, String user) {
    return ("<header><a id=\"nav-cart\">ตะกร้า<!--fs:person-->" + cart + "<!--/fs:person--></a><nav><a>สินค้า</a><!--fs:person-->" + links
        + "<!--/fs:person--></nav><span class=\"fs-lang\">ไทย</span><!--fs:person-->" + user + "<!--/fs:person--></header><main>ผ้าทอ ฿250.00</main>")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Test
  void herPartsTakeThePlaceOfWhoeverThePageWasRenderedFor() {
    byte[] rendered = page("", "", "<a id=\"nav-login\">เข้าสู่ระบบ</a>");
    byte[] hers = page("<span id=\"cart-units\">2</span>", "<a id=\"nav-my-orders\">คำสั่งซื้อ</a>", "<span id=\"signed-in-as\">malee</span>");

    List<byte[]> parts = PersonalParts.partsOf(hers).orElseThrow();
    assertThat(parts).extracting(PersonalPartsTest::text)
        .containsExactly("<span id=\"cart-units\">2</span>", "<a id=\"nav-my-orders\">คำสั่งซื้อ</a>", "<span id=\"signed-in-as\">malee</span>");
    // the anonymous page with her parts is byte for byte the page as rendered for her
    assertThat(PersonalParts.splice(rendered, parts)).hasValueSatisfying(spliced -> assertThat(spliced).isEqualTo(hers));
    // and another's page with hers shows nothing of the other
    byte[] another = page("<span id=\"cart-units\">7</span>", "<a id=\"nav-treasurer\">เหรัญญิก</a>", "<span id=\"signed-in-as\">somsri</span>");
    assertThat(text(PersonalParts.splice(another, parts).orElseThrow())).isEqualTo(text(hers)).doesNotContain("somsri", "nav-treasurer", ">7<");
  }

  @Test
  void aPageWhosePartsDoNotMatchIsNotSpliced() {
    List<byte[]> three = PersonalParts.partsOf(page("a", "b", "c")).orElseThrow();
    assertThat(PersonalParts.splice("<main>no parts</main>".getBytes(StandardCharsets.UTF_8), three)).isEmpty();
    assertThat(PersonalParts.splice("<!--fs:person-->x<!--/fs:person-->".getBytes(StandardCharsets.UTF_8), three)).as("fewer parts").isEmpty();
    assertThat(PersonalParts.splice("<!--fs:person-->x".getBytes(StandardCharsets.UTF_8), List.of(three.get(0)))).as("a part never closed").isEmpty();
    assertThat(PersonalParts.partsOf("<main>none</main>".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(PersonalParts.partsOf(("<!--fs:person-->a<!--/fs:person--><form><input type=\"hidden\" name=\"jakarta.faces.ViewState\" value=\"-1:2\"/></form>")
        .getBytes(StandardCharsets.UTF_8))).as("a page whose form state is kept in her session is never kept for others").isEmpty();
    assertThat(PersonalParts.partsOf(("<!--fs:person-->a<!--/fs:person--><form><input type=\"hidden\" name=\"jakarta.faces.ViewState\" id=\"j_id1:jakarta.faces.ViewState:0\" value=\"stateless\" autocomplete=\"off\" /></form>")
        .getBytes(StandardCharsets.UTF_8))).as("a stateless view's form holds nothing of hers").isPresent();
    assertThat(PersonalParts.partsOf(("<!--fs:person-->a<!--/fs:person--><form><input type=\"hidden\" name=\"jakarta.faces.ViewState\" value=\"stateless\"/></form>"
        + "<form><input type=\"hidden\" name=\"jakarta.faces.ViewState\" value=\"-1:2\"/></form><p>value=\"stateless\"</p>").getBytes(StandardCharsets.UTF_8)))
        .as("one stateless form does not vouch for another form on the page").isEmpty();
    assertThat(PersonalParts.partsOf("<!--fs:person-->a<!--fs:person-->b<!--/fs:person-->".getBytes(StandardCharsets.UTF_8))).as("nested").isEmpty();
  }

  @Test
  void herPartsAreKeptBySessionNameLanguageAndCartAndOnlyForTheirTime() {
    assertThat(PersonalParts.key("s1", "malee", "th", 2)).isNotEqualTo(PersonalParts.key("s1", "malee", "th", 3))
        .isNotEqualTo(PersonalParts.key("s1", "malee", "en", 2)).isNotEqualTo(PersonalParts.key("s1", null, "th", 2))
        .isNotEqualTo(PersonalParts.key("s2", "malee", "th", 2));
    assertThat(PersonalParts.key("s1", null, "th", null)).isEqualTo(PersonalParts.key("s1", "", "th", 0));

    PersonalParts people = new PersonalParts(2);
    long now = 1_000 * SECOND;
    List<byte[]> parts = List.of("x".getBytes(StandardCharsets.UTF_8));
    people.put("a", parts, now + 5 * SECOND, 5 * SECOND);
    assertThat(people.get("a", now + 4 * SECOND)).isSameAs(parts);
    assertThat(people.get("a", now + 5 * SECOND)).as("after its time").isNull();
    assertThat(people.usable("a", now + 9 * SECOND)).as("usable as long again while her next page renders").isSameAs(parts);
    assertThat(people.usable("a", now + 10 * SECOND)).isNull();
    people.put("a", parts, System.nanoTime() + 60 * SECOND, SECOND);
    people.put("b", parts, System.nanoTime() + 60 * SECOND, SECOND);
    people.put("c", parts, System.nanoTime() + 60 * SECOND, SECOND);
    assertThat(people.size()).as("bounded").isLessThanOrEqualTo(2);
  }
}
