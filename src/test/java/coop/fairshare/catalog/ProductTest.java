package coop.fairshare.catalog;

import coop.fairshare.shared.SearchGrams;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.web.Language;
import coop.fairshare.shared.web.Texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.fairshare.member.MemberFixtures;
import coop.fairshare.member.ProducerGroup;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.ThaiText;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProductTest {

  private static final Locale THAI = Locale.forLanguageTag("th-TH");

  @Test
  void aNewProductIsActiveWithNothingOnTheShelf() {
    Product scarf = scarf();

    assertThat(scarf.sku()).isEqualTo("HC-001");
    assertThat(scarf.category()).isEqualTo(ProductCategory.HANDICRAFT);
    assertThat(scarf.price()).isEqualTo(Money.ofBaht(450));
    assertThat(scarf.weightGrams()).isEqualTo(180);
    assertThat(scarf.stock()).isZero();
    assertThat(scarf.isInStock()).isFalse();
    assertThat(scarf.isActive()).isTrue();
    assertThat(scarf.isFeatured()).isFalse();
    assertThat(scarf.foodFacts()).isEmpty();
    assertThat(scarf.id()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ABC", "HC-001", "SILK42", "OEM-2026-BAG-0001", "ABCDEFGHIJKLMNOPQRSTUVWXYZ-12345"})
  void acceptsSkusOfCapitalsDigitsAndDashes(String sku) {
    assertThat(new Product(sku, group(), ProductCategory.HANDICRAFT, text(), Money.ofBaht(1), 100, null).sku()).isEqualTo(sku);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"AB", "hc-001", "HC 001", "HC_001", "HC-001 ", "ผ้า-001", "ABCDEFGHIJKLMNOPQRSTUVWXYZ-123456"})
  void refusesOtherSkus(String sku) {
    assertThatThrownBy(() -> new Product(sku, group(), ProductCategory.HANDICRAFT, text(), Money.ofBaht(1), 100, null))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasMessageContaining("product.sku.invalid");
  }

  @Test
  void aRefusedPriceNamesItsFieldAndTheCeilingInTheReadersLanguage() {
    assertThatThrownBy(() -> handicraftPriced(Product.MAX_PRICE.plus(Money.ofSatang(1)))).isInstanceOfSatisfying(BadInput.class, e -> {
      assertThat(e.messageKey()).isEqualTo("product.price.range");
      assertThat(e.field()).contains("price");
      assertThat(Texts.text(Language.THAI, e.messageKey(), e.arguments())).isEqualTo("ราคาต้องมากกว่าศูนย์และไม่เกิน ฿1,000,000.00");
      assertThat(Texts.text(Locale.ENGLISH, e.messageKey(), e.arguments())).isEqualTo("The price must be more than zero and at most ฿1,000,000.00");
    });
  }

  @Test
  void priceMustBeMoreThanZeroAndAtMostTheMaximum() {
    assertThat(handicraftPriced(Money.ofSatang(1)).price()).isEqualTo(Money.ofSatang(1));
    assertThat(handicraftPriced(Product.MAX_PRICE).price()).isEqualTo(Money.ofBaht(1_000_000));

    assertThatThrownBy(() -> handicraftPriced(Money.ZERO)).isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(() -> handicraftPriced(Money.ofSatang(-100))).isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(() -> handicraftPriced(null)).isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(() -> handicraftPriced(Product.MAX_PRICE.plus(Money.ofSatang(1)))).isInstanceOf(BusinessRuleViolation.class);
  }

  @Test
  void aRefusedPriceChangeKeepsTheOldPrice() {
    Product scarf = scarf();

    assertThatThrownBy(() -> scarf.changePrice(Money.ZERO)).isInstanceOf(BusinessRuleViolation.class);
    assertThat(scarf.price()).isEqualTo(Money.ofBaht(450));

    scarf.changePrice(Money.ofBaht(495));
    assertThat(scarf.price()).isEqualTo(Money.ofBaht(495));
  }

  @Test
  void weightIsOneGramToOneHundredKilograms() {
    assertThat(handicraftWeighing(1).weightGrams()).isEqualTo(1);
    assertThat(handicraftWeighing(100_000).weightGrams()).isEqualTo(100_000);

    assertThatThrownBy(() -> handicraftWeighing(0)).isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(() -> handicraftWeighing(-5)).isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(() -> handicraftWeighing(100_001)).isInstanceOf(BusinessRuleViolation.class);
  }

  @Test
  void foodNeedsFoodFacts() {
    assertThatThrownBy(() -> new Product("FD-001", group(), ProductCategory.PROCESSED_FOOD, text(), Money.ofBaht(65), 200, null))
        .isInstanceOf(BusinessRuleViolation.class);
  }

  @ParameterizedTest
  @EnumSource(value = ProductCategory.class, names = {"HANDICRAFT", "OEM"})
  void onlyFoodCarriesFoodFacts(ProductCategory category) {
    assertThatThrownBy(() -> new Product("HC-002", group(), category, text(), Money.ofBaht(65), 200, chiliPasteFacts()))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasMessageContaining("product.food.notFood");
  }

  @Test
  void aFoodKeepsItsFoodFacts() {
    Product chiliPaste = new Product("FD-001", group(), ProductCategory.PROCESSED_FOOD, text(), Money.ofBaht(65), 200, chiliPasteFacts());

    assertThat(chiliPaste.foodFacts()).contains(chiliPasteFacts());
    assertThat(chiliPaste.foodFacts().orElseThrow().fdaNumber()).isEqualTo("12-3-45678-9-0123");
  }

  @Test
  void foodFactsCannotBeAddedToAHandicraftLater() {
    Product scarf = scarf();

    assertThatThrownBy(() -> scarf.recordFoodFacts(chiliPasteFacts())).isInstanceOf(BusinessRuleViolation.class);
    assertThat(scarf.foodFacts()).isEmpty();
  }

  @Test
  void aNewProductIsSoldInOneStandardFormWithAnEmptyShelf() {
    Product scarf = scarf();

    assertThat(scarf.variants()).singleElement().satisfies(v -> {
      assertThat(v.isStandard()).isTrue();
      assertThat(v.stock()).isZero();
      assertThat(v.price()).isEqualTo(scarf.price());
      assertThat(v.weightGrams()).isEqualTo(scarf.weightGrams());
    });
    assertThat(scarf.hasChoice()).isFalse();
  }

  @Test
  void sizesTakeThePlaceOfTheEmptyStandardVariantAndMayCostMore() {
    Product shirt = scarf();
    ProductVariant m = shirt.addVariant("M", "ไซซ์ M", "Size M");
    ProductVariant xl = shirt.addVariant("XL", "ไซซ์ XL", "Size XL");
    xl.priceAt(shirt.price().plus(Money.ofBaht(50)));
    onTheShelf(m, 2);

    assertThat(shirt.activeVariants()).containsExactly(m, xl);
    assertThat(shirt.hasChoice()).isTrue();
    assertThat(m.price()).isEqualTo(shirt.price());
    assertThat(shirt.priceFrom()).isEqualTo(shirt.price());
    assertThat(xl.price()).isEqualTo(shirt.price().plus(Money.ofBaht(50)));
    assertThat(shirt.stock()).isEqualTo(2);
    assertThat(xl.label(java.util.Locale.ENGLISH)).isEqualTo("Size XL");
  }

  @Test
  void aVariantCodeIsUniqueAndWellFormed() {
    Product shirt = scarf();
    shirt.addVariant("M", "ไซซ์ M", "Size M");

    assertThatThrownBy(() -> shirt.addVariant("M", "อีก", "Again")).isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(() -> shirt.addVariant("m l", "ผิด", "Wrong")).isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(() -> shirt.addVariant("L", " ", "Size L")).isInstanceOf(BusinessRuleViolation.class);
    assertThat(shirt.variants()).hasSize(2);
  }

  @Test
  void aVariantIsRetiredOnlyWithAnEmptyShelfAndNeverTheLastOnSale() {
    Product shirt = scarf();
    onTheShelf(shirt.standardVariant(), 1);

    // ids are given by the database; a new variant has none yet, so the rule is checked on the standard one
    assertThatThrownBy(() -> shirt.variant(42)).isInstanceOf(BusinessRuleViolation.class);
    assertThat(shirt.standardVariant().isActive()).isTrue();
    ProductVariant m = shirt.addVariant("M", "ไซซ์ M", "Size M");
    assertThat(shirt.standardVariant().isActive()).as("a standard variant with stock stays on sale").isTrue();
    assertThat(shirt.activeVariants()).contains(m);
  }

  @Test
  void aVariantsOwnPriceIsPositiveAndBelowTheCeiling() {
    ProductVariant standard = scarf().standardVariant();

    assertThatThrownBy(() -> standard.priceAt(Money.ZERO)).isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(() -> standard.priceAt(Product.MAX_PRICE.plus(Money.ofSatang(1)))).isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(() -> standard.weighs(0)).isInstanceOf(BusinessRuleViolation.class);
    standard.priceAt(null);
    assertThat(standard.hasOwnPrice()).isFalse();
  }

  @Test
  void canBeTakenOffSaleAndPutBack() {
    Product scarf = scarf();

    scarf.deactivate();
    assertThat(scarf.isActive()).isFalse();

    scarf.activate();
    assertThat(scarf.isActive()).isTrue();
  }

  @Test
  void searchTextHoldsTheThaiWordsSegmented() {
    List<String> words = searchWords(scarf());

    assertThat(words).contains("ผ้า", "ฝ้าย", "ทอ", "มือ");
  }

  @Test
  void searchTextHoldsEnglishLowerCased() {
    Product scarf = scarf();

    assertThat(searchWords(scarf)).contains("hand-woven", "cotton", "scarf", "naturally", "dyed");
    assertThat(scarf.searchText()).isLowerCase();
  }

  @Test
  void searchTextHoldsTheSkuLowerCased() {
    Product silk = new Product("SILK42", group(), ProductCategory.HANDICRAFT, text(), Money.ofBaht(1200), 250, null);

    assertThat(searchWords(silk)).contains("silk42");
  }

  @Test
  void everyWordOfADashedSkuCanBeFound() {
    List<String> words = searchWords(scarf());

    assertThat(ThaiText.words("HC-001")).isNotEmpty().allSatisfy(word -> assertThat(words).contains(word));
  }

  @Test
  void searchTextFollowsANewDescription() {
    Product scarf = scarf();

    scarf.describe(new ProductText("ผ้าไหมมัดหมี่", "Mudmee Silk", "ผ้าไหมทอมือ", "Hand-woven ikat silk"));

    assertThat(searchWords(scarf)).contains("mudmee", "ikat", "ไหม").doesNotContain("cotton");
  }

  @Test
  void searchGramsFollowTheSearchText() {
    Product scarf = scarf();
    assertThat(scarf.searchGrams()).isEqualTo(SearchGrams.of(scarf.searchText())).contains("cot", "ton", "ฝ้า");

    scarf.describe(new ProductText("ผ้าไหมมัดหมี่", "Mudmee Silk", "ผ้าไหมทอมือ", "Hand-woven ikat silk"));

    assertThat(scarf.searchGrams()).isEqualTo(SearchGrams.of(scarf.searchText())).contains("ika", "ไหม").doesNotContain("cot");
  }

  @Test
  void speaksThaiByDefaultAndEnglishWhenAsked() {
    Product scarf = scarf();

    assertThat(scarf.name(THAI)).isEqualTo("ผ้าฝ้ายทอมือย้อมสีธรรมชาติ");
    assertThat(scarf.name(null)).isEqualTo("ผ้าฝ้ายทอมือย้อมสีธรรมชาติ");
    assertThat(scarf.name(Locale.ENGLISH)).isEqualTo("Hand-Woven Cotton Scarf");
    assertThat(scarf.description(THAI)).isEqualTo("ผ้าพันคอฝ้ายย้อมครามจากน่าน");
    assertThat(scarf.description(Locale.ENGLISH)).isEqualTo("Naturally dyed indigo cotton from Nan");
  }

  @Test
  void belongsToItsOwnGroupOnly() {
    ProducerGroup weavers = group();
    Product scarf = new Product("HC-001", weavers, ProductCategory.HANDICRAFT, text(), Money.ofBaht(450), 180, null);

    assertThat(scarf.belongsTo(weavers)).isTrue();
    assertThat(scarf.belongsTo(group())).isFalse();
    assertThat(scarf.group()).isSameAs(weavers);
  }

  private static List<String> searchWords(Product product) {
    return Arrays.asList(product.searchText().split(" "));
  }

  private static Product scarf() {
    return new Product("HC-001", group(), ProductCategory.HANDICRAFT, text(), Money.ofBaht(450), 180, null);
  }

  private static Product handicraftPriced(Money price) {
    return new Product("HC-001", group(), ProductCategory.HANDICRAFT, text(), price, 180, null);
  }

  private static Product handicraftWeighing(int grams) {
    return new Product("HC-001", group(), ProductCategory.HANDICRAFT, text(), Money.ofBaht(450), grams, null);
  }

  private static ProductText text() {
    return new ProductText("ผ้าฝ้ายทอมือย้อมสีธรรมชาติ", "Hand-Woven Cotton Scarf", "ผ้าพันคอฝ้ายย้อมครามจากน่าน", "Naturally dyed indigo cotton from Nan");
  }

  private static FoodFacts chiliPasteFacts() {
    return new FoodFacts("พริก หอมแดง กระเทียม", "Chili, shallot, garlic", "ไม่มี", "None", 180, "1234567890123");
  }

  private static ProducerGroup group() {
    return MemberFixtures.nanWeavers();
  }

  /**
   * What the variant's row holds: the shelf is changed only by {@link Stock} in the database (its one
   * home), so a domain test puts goods there as a loaded row would have them.
   */
  static void onTheShelf(ProductVariant variant, int units) {
    try {
      java.lang.reflect.Field stock = ProductVariant.class.getDeclaredField("stock");
      stock.setAccessible(true);
      stock.setInt(variant, units);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
