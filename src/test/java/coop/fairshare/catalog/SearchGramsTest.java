package coop.fairshare.catalog;

import coop.fairshare.shared.SearchGrams;
import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.shared.ThaiText;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchGramsTest {

  @Test
  void aProductsGramsAreEveryRunOfThreeCharactersInsideEachWord() {
    assertThat(SearchGrams.of("to silk")).containsExactly("sil", "ilk");
    // "red" is a word of its own: a run across the space ("d s") is never needed, a typed word has no space
    assertThat(SearchGrams.of("red silks")).containsExactly("red", "sil", "ilk", "lks");
  }

  @Test
  void thaiVowelsAndToneMarksAreCharactersOfTheirOwn() {
    // น้ำ is three code points: น, the tone mark ้ and the vowel ำ
    assertThat("น้ำ".codePointCount(0, "น้ำ".length())).isEqualTo(3);
    assertThat(SearchGrams.of("น้ำ")).containsExactly("น้ำ");
    assertThat(SearchGrams.of("น้ำพริก")).containsExactly("น้ำ", "้ำพ", "ำพร", "พริ", "ริก");
  }

  @Test
  void aCharacterBeyondTheBasicPlaneIsOneCharacter() {
    String text = "a\uD83C\uDF36bc"; // a, the chili pepper emoji (two Java chars), b, c
    assertThat(SearchGrams.of(text)).containsExactly("a\uD83C\uDF36b", "\uD83C\uDF36bc");
  }

  @Test
  void aWordInsideACompoundHasAllItsGramsAmongTheCompounds() {
    Set<String> product = SearchGrams.of(Product.searchTextOf("น้ำพริกเผา", "Roasted chili paste", "", "", "NP-1"));

    for (String typed : List.of("น้ำพริก", "พริกเผา", "chili", "roast", "paste", "np")) {
      List<String> words = ThaiText.words(typed);
      assertThat(SearchGrams.toFind(words)).as(typed).allSatisfy(gram -> assertThat(product).contains(gram));
    }
  }

  @Test
  void wordsOfOneOrTwoCharactersNarrowNothingTheirLikeFindsThem() {
    assertThat(SearchGrams.toFind(List.of("ผ้", "np", "a"))).isEmpty();
    assertThat(SearchGrams.toFind(List.of("ผ้", "silk"))).containsExactly("sil", "ilk");
  }

  @Test
  void aWordNarrowsByItsFirstAndLastGramAndManyWordsByTheirFirst() {
    assertThat(SearchGrams.toFind(List.of("ผ้าไหมมัดหมี่"))).containsExactly("ผ้า", "หมี่".substring(1));
    assertThat(SearchGrams.toFind(List.of("น้ำพริก", "silk"))).containsExactly("น้ำ", "ริก", "sil", "ilk");
    assertThat(SearchGrams.toFind(List.of("ผ้า"))).containsExactly("ผ้า");

    List<String> many = SearchGrams.toFind(List.of("indigo", "cotton", "scarf", "woven", "naturally", "dyed", "nan", "handmade", "extra"));
    assertThat(many).hasSize(SearchGrams.MOST_PER_SEARCH).contains("ind", "cot", "sca", "wov", "nat", "dye", "nan", "han");
  }

  @Test
  void repeatedGramsCountOnce() {
    assertThat(SearchGrams.of("aaaa")).containsExactly("aaa");
    assertThat(SearchGrams.toFind(List.of("silk", "silk"))).containsExactly("sil", "ilk");
  }
}
