package coop.fairshare.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.catalog.ProductIllustration.Caption;
import coop.fairshare.catalog.ProductIllustration.Kind;
import coop.fairshare.catalog.ProductIllustration.Lettering;
import coop.fairshare.catalog.ProductIllustration.Pattern;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductIllustrationTest {

  private static final ProductIllustration CHILI_PASTE = ProductIllustration.of("NTH04-001", ProductCategory.PROCESSED_FOOD, "น้ำพริกน้ำย้อย",
      "Nam phrik nam yoi chili paste", List.of("STD"));
  private static final ProductIllustration SCARF = ProductIllustration.of("NTH01-001", ProductCategory.HANDICRAFT, "ผ้าพันคอฝ้ายทอมือลายยอง",
      "Hand-woven Yong-pattern cotton scarf", List.of("NATURAL", "INDIGO"));

  /** A machine with Latin fonts only: nothing there shows Thai. */
  private static final Lettering LATIN_ONLY = (text, size) -> text.chars().allMatch(c -> c < 0x0E00) ? Optional.of(new Font(Font.SANS_SERIF, Font.BOLD, size))
      : Optional.empty();

  @Test
  void aPictureIsTwelveHundredByNineHundredAndGoesThroughThePhotoPipeline() {
    BufferedImage picture = SCARF.draw();
    assertThat(picture.getWidth()).isEqualTo(1200);
    assertThat(picture.getHeight()).isEqualTo(900);

    PhotoUpload stored = PhotoUpload.ofPicture(picture);
    assertThat(stored.size()).isEqualTo(new PhotoUpload.Size(1200, 900));
    BufferedImage thumb = TestImages.read(stored.thumb());
    assertThat(thumb.getWidth()).isEqualTo(400);
    assertThat(thumb.getHeight()).isEqualTo(300);
    assertThat(stored.display()).startsWith(0xFF, 0xD8, 0xFF);
  }

  @Test
  void theSameProductAlwaysGetsTheSamePicture() {
    ProductIllustration again = ProductIllustration.of("NTH04-001", ProductCategory.PROCESSED_FOOD, "น้ำพริกน้ำย้อย", "Nam phrik nam yoi chili paste",
        List.of("STD"));
    assertThat(pixels(again.draw())).isEqualTo(pixels(CHILI_PASTE.draw()));
    assertThat(PhotoUpload.ofPicture(again.draw()).sha256()).isEqualTo(PhotoUpload.ofPicture(CHILI_PASTE.draw()).sha256());
  }

  @Test
  void theKindAndPatternFollowTheCategoryAndTheName() {
    assertThat(SCARF.kind()).isEqualTo(Kind.SCARF);
    assertThat(SCARF.pattern()).isEqualTo(Pattern.JOK);
    assertThat(CHILI_PASTE.kind()).isEqualTo(Kind.JAR);
    assertThat(kindOf(ProductCategory.HANDICRAFT, "กระติ๊บข้าวเหนียวไม้ไผ่", "Bamboo sticky-rice basket (kratip)")).isEqualTo(Kind.BASKET);
    assertThat(illustration(ProductCategory.HANDICRAFT, "กระติ๊บข้าวเหนียวไม้ไผ่", "Bamboo sticky-rice basket (kratip)").pattern()).isEqualTo(Pattern.CHECKER_WEAVE);
    assertThat(illustration(ProductCategory.HANDICRAFT, "ผ้าขาวม้าคราม", "Indigo pha khao ma").pattern()).isEqualTo(Pattern.PLAID);
    assertThat(illustration(ProductCategory.HANDICRAFT, "ผ้าไหมมัดหมี่ลายนาค", "Naga-pattern mudmee silk").pattern()).isEqualTo(Pattern.IKAT);
    assertThat(kindOf(ProductCategory.HANDICRAFT, "เสื่อกกทอลายขิด", "Khit-pattern reed mat")).isEqualTo(Kind.MAT);
    assertThat(kindOf(ProductCategory.HANDICRAFT, "เสื้อฝ้ายทอมือคอจีน", "Hand-woven cotton Mandarin-collar shirt")).isEqualTo(Kind.GARMENT);
    assertThat(kindOf(ProductCategory.PROCESSED_FOOD, "ชาใบหม่อน", "Mulberry leaf tea")).isEqualTo(Kind.PACK);
    assertThat(kindOf(ProductCategory.PROCESSED_FOOD, "น้ำบูดูข้าวยำ", "Budu sauce for khao yam")).isEqualTo(Kind.BOTTLE);
    assertThat(kindOf(ProductCategory.PROCESSED_FOOD, "น้ำผึ้งดอกทานตะวัน", "Sunflower honey")).isEqualTo(Kind.JAR);
    assertThat(kindOf(ProductCategory.OEM, "ผ้ากันเปื้อนร้านกาแฟ (ต่อผืน)", "Cafe apron (per piece)")).isEqualTo(Kind.APRON);
  }

  @Test
  void theSameNamesInAnotherCategoryOrOfAnotherProductMakeAnotherPicture() {
    int[] handicraft = pixels(illustration(ProductCategory.HANDICRAFT, "กระเป๋าผ้าฝ้าย", "Cotton tote bag").draw());
    int[] oem = pixels(illustration(ProductCategory.OEM, "กระเป๋าผ้าฝ้าย", "Cotton tote bag").draw());
    int[] food = pixels(illustration(ProductCategory.PROCESSED_FOOD, "กระเป๋าผ้าฝ้าย", "Cotton tote bag").draw());
    assertThat(differing(handicraft, oem)).as("handicraft against OEM").isGreaterThan(handicraft.length / 4);
    assertThat(differing(handicraft, food)).as("handicraft against food").isGreaterThan(handicraft.length / 4);
    assertThat(differing(oem, food)).as("OEM against food").isGreaterThan(handicraft.length / 4);
    assertThat(differing(pixels(SCARF.draw()), pixels(CHILI_PASTE.draw()))).isGreaterThan(handicraft.length / 4);
  }

  @Test
  void aFoodsLabelCarriesItsThaiNameInGlyphsTheFontReallyHas() {
    Optional<Caption> caption = CHILI_PASTE.caption(ThaiLettering::fontFor);
    assertThat(caption).as("an installed font that shows Thai (src/test/scripts/ensure-thai-font.sh installs fonts-thai-tlwg)").isPresent();
    assertThat(caption.get().text()).isEqualTo("น้ำพริกน้ำย้อย");
    Font font = caption.get().font();
    assertThat(font.canDisplayUpTo("น้ำพริกน้ำย้อย")).isEqualTo(-1);
    // laid out as it is drawn, not one glyph is the font's "missing" box
    char[] text = "น้ำพริกน้ำย้อย".toCharArray();
    GlyphVector glyphs = font.layoutGlyphVector(new FontRenderContext(null, true, true), text, 0, text.length, Font.LAYOUT_LEFT_TO_RIGHT);
    assertThat(glyphs.getNumGlyphs()).isPositive();
    for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
      assertThat(glyphs.getGlyphCode(i)).as("glyph " + i).isNotEqualTo(font.getMissingGlyphCode());
    }
    // and the name is on the picture: the label differs from the one drawn without any text
    int[] named = pixels(CHILI_PASTE.draw());
    int[] plain = pixels(CHILI_PASTE.draw((t, size) -> Optional.empty()));
    assertThat(differing(named, plain)).isGreaterThan(2_000);
  }

  @Test
  void withoutAFontForThaiTheLabelCarriesTheEnglishNameOrNothingNeverBoxes() {
    Caption english = CHILI_PASTE.caption(LATIN_ONLY).orElseThrow();
    assertThat(english.text()).isEqualTo("Nam phrik nam yoi chili paste");
    assertThat(english.font().canDisplayUpTo(english.text())).isEqualTo(-1);
    assertThat(CHILI_PASTE.caption((t, size) -> Optional.empty())).isEmpty();
    assertThat(CHILI_PASTE.draw(LATIN_ONLY).getWidth()).isEqualTo(1200);
    assertThat(SCARF.caption(ThaiLettering::fontFor)).as("cloth carries no label").isEmpty();
  }

  @Test
  void theLetteringOffersNoFontForTextNoInstalledFontShows() {
    assertThat(ThaiLettering.fontFor("น้ำพริก \uDBFF\uDFFD", 40)).as("a private-use character no font has").isEmpty();
    assertThat(ThaiLettering.fontFor("", 40)).isEmpty();
    assertThat(ThaiLettering.fontFor("น้ำพริกเผา", 40)).hasValueSatisfying(f -> assertThat(f.canDisplayUpTo("น้ำพริกเผา")).isEqualTo(-1));
  }

  private static ProductIllustration illustration(ProductCategory category, String th, String en) {
    return ProductIllustration.of("T-1", category, th, en, List.of());
  }

  private static Kind kindOf(ProductCategory category, String th, String en) {
    return illustration(category, th, en).kind();
  }

  private static int[] pixels(BufferedImage image) {
    return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
  }

  private static int differing(int[] a, int[] b) {
    int count = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        count++;
      }
    }
    return count;
  }

}
