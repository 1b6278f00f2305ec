package coop.fairshare.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.catalog.Product;
import coop.fairshare.catalog.ProductCategory;
import coop.fairshare.catalog.ProductText;
import coop.fairshare.catalog.ProductVariant;
import coop.fairshare.member.MemberFixtures;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.web.Sharing;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProductJsonLdTest {

  private static final String URL = "https://shop.example/catalog/product.xhtml?id=7";
  private static final String GROUP_URL = "https://shop.example/groups/group.xhtml?id=2";

  @Test
  void aProductSoldInOneFormHasOneOfferInBahtInStockWhileTheShelfHasSome() {
    Product scarf = scarf("Indigo scarf");
    onTheShelf(scarf.standardVariant(), 3);

    JsonObject json = read(ProductJsonLd.of(scarf, Locale.ENGLISH, List.of("https://shop.example/photos/k/display.jpg"), URL, GROUP_URL).toString());

    assertThat(json.getString("@context")).isEqualTo("https://schema.org");
    assertThat(json.getString("@type")).isEqualTo("Product");
    assertThat(json.getString("name")).isEqualTo("Indigo scarf");
    assertThat(json.getString("sku")).isEqualTo("HC-001");
    assertThat(json.getString("url")).isEqualTo(URL);
    assertThat(json.getJsonArray("image").getString(0)).isEqualTo("https://shop.example/photos/k/display.jpg");
    assertThat(json.getJsonObject("brand").getString("name")).isEqualTo("Nan Weavers");
    assertThat(json.getJsonObject("manufacturer").getString("url")).isEqualTo(GROUP_URL);
    JsonObject offer = json.getJsonObject("offers");
    assertThat(offer.getString("@type")).isEqualTo("Offer");
    assertThat(offer.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo(new BigDecimal("450.50"));
    assertThat(offer.getString("priceCurrency")).isEqualTo("THB");
    assertThat(offer.getString("availability")).isEqualTo("https://schema.org/InStock");
  }

  @Test
  void anEmptyShelfIsOutOfStockAndAProductWithoutPhotosNamesNoImage() {
    Product scarf = scarf("Indigo scarf");

    JsonObject json = read(ProductJsonLd.of(scarf, Locale.ENGLISH, List.of(), URL, GROUP_URL).toString());

    assertThat(json.getJsonObject("offers").getString("availability")).isEqualTo("https://schema.org/OutOfStock");
    assertThat(json.containsKey("image")).isFalse();
  }

  @Test
  void sizesGiveAnAggregateFromTheLowestToTheHighestPriceWithAnOfferEach() {
    Product shirt = scarf("Shirt");
    ProductVariant m = shirt.addVariant("M", "ไซซ์ M", "Size M");
    ProductVariant xl = shirt.addVariant("XL", "ไซซ์ XL", "Size XL");
    xl.priceAt(Money.ofSatang(50_000));
    onTheShelf(xl, 2);

    JsonObject offers = read(ProductJsonLd.of(shirt, Locale.forLanguageTag("th"), List.of(), URL, GROUP_URL).toString()).getJsonObject("offers");

    assertThat(offers.getString("@type")).isEqualTo("AggregateOffer");
    assertThat(offers.getJsonNumber("lowPrice").bigDecimalValue()).isEqualByComparingTo("450.50");
    assertThat(offers.getJsonNumber("highPrice").bigDecimalValue()).isEqualByComparingTo("500.00");
    assertThat(offers.getInt("offerCount")).isEqualTo(2);
    assertThat(offers.getString("availability")).isEqualTo("https://schema.org/InStock");
    assertThat(offers.getJsonArray("offers")).hasSize(2);
    assertThat(offers.getJsonArray("offers").getJsonObject(0).getString("availability")).isEqualTo("https://schema.org/OutOfStock");
    assertThat(offers.getJsonArray("offers").getJsonObject(0).getString("name")).isEqualTo("ไซซ์ M");
    assertThat(offers.getJsonArray("offers").getJsonObject(1).getString("sku")).isEqualTo("HC-001-XL");
    assertThat(m.price()).isEqualTo(shirt.price());
  }

  @Test
  void aNameThatClosesTheScriptStaysInsideTheJson() {
    String name = "Scarf </script><script>alert('x')</script> \"best\"";
    String script = Sharing.jsonForScript(ProductJsonLd.of(scarf(name), Locale.ENGLISH, List.of(), URL, GROUP_URL));

    assertThat(script).doesNotContain("</script>").doesNotContain("<");
    assertThat(read(script).getString("name")).isEqualTo(name);
  }

  private static Product scarf(String englishName) {
    return new Product("HC-001", MemberFixtures.nanWeavers(), ProductCategory.HANDICRAFT,
        new ProductText("ผ้าพันคอย้อมคราม", englishName, "ผ้าฝ้ายย้อมครามจากน่าน", "Naturally dyed indigo cotton from Nan"), Money.ofSatang(45_050), 180, null);
  }

  private static JsonObject read(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  /** What the variant's row holds (the shelf is changed only by Stock, in the database). */
  private static void onTheShelf(ProductVariant variant, int units) {
    try {
      java.lang.reflect.Field stock = ProductVariant.class.getDeclaredField("stock");
      stock.setAccessible(true);
      stock.setInt(variant, units);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
