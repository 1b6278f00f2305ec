package coop.fairshare.it;

import static coop.fairshare.it.Api.json;
import static coop.fairshare.it.Api.problem;
import static coop.fairshare.it.Fixtures.product;
import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.catalog.TestImages;
import coop.fairshare.it.Fixtures.Group;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Product photos from the outside: a producer uploads through her page in headless Chromium and
 * shoppers get the re-encoded JPEGs; a script uploads the raw image to the API; everything that is
 * not a fitting JPEG or PNG of her own group's product is refused and nothing is stored.
 */
@ExtendWith(SharedApp.class)
class PhotosIT {

  private final URL deployed = SharedApp.address();

  private static WebDriver browser;
  private static Path files;
  private static String tag;
  private static Group weavers;
  private static Group basketry;
  private static String shopper;
  private URI base;
  private Api api;

  @BeforeEach
  void setUp() throws Exception {
    base = Deployments.onLoopback(deployed);
    api = new Api(base);
    if (browser == null) {
      tag = Fixtures.tag();
      try (Connection c = Fixtures.connect()) {
        weavers = Fixtures.group(c, tag, 1, "กลุ่มทอผ้าภาพถ่าย" + tag, "Photo Weavers " + tag,
            product("HANDICRAFT", "ผ้าซิ่นตีนจก" + tag, "Teen jok sarong " + tag, 120000, 3),
            product("HANDICRAFT", "ย่ามฝ้าย" + tag, "Cotton shoulder bag " + tag, 35000, 8),
            product("HANDICRAFT", "ผ้าพันคอ" + tag, "Scarf " + tag, 29000, 8),
            product("HANDICRAFT", "หมอนอิง" + tag, "Cushion " + tag, 45000, 2),
            product("HANDICRAFT", "ผ้าคลุมไหล่" + tag, "Shawl " + tag, 65000, 1));
        basketry = Fixtures.group(c, tag, 2, "กลุ่มจักสานภาพถ่าย" + tag, "Photo Basketry " + tag,
            product("HANDICRAFT", "ตะกร้าหวาย" + tag, "Rattan basket " + tag, 52000, 4),
            product("HANDICRAFT", "กระติบข้าว" + tag, "Sticky rice basket " + tag, 18000, 10),
            product("HANDICRAFT", "หมวกสาน" + tag, "Woven hat " + tag, 30000, 3));
        shopper = Fixtures.shopper(c, tag);
      }
      files = Files.createTempDirectory("fairshare-photos");
      browser = Browser.start();
    }
    browser.manage().deleteAllCookies();
  }

  /** Every page this test showed passed axe-core and fits a 360 px phone. */
  @AfterEach
  void pagesPassedTheirChecks() {
    if (browser != null) {
      Browser.assertPagesPassed(browser);
    }
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      Browser.quit(browser);
      browser = null;
    }
  }

  // ---- the producer's page ------------------------------------------------------------------

  @Test
  void aProducerUploadsAPhotoOnHerPageAndItIsServedWithoutItsGpsPosition() throws Exception {
    long productId = weavers.productIds().get(0);
    signIn(weavers.producerUsername());
    openPhotos(productId);
    assertThat(browser.findElement(By.id("photos-product")).getText()).isEqualTo("ผ้าซิ่นตีนจก" + tag);
    assertThat(browser.findElement(By.id("no-photos")).getText()).isEqualTo("สินค้านี้ยังไม่มีรูปภาพ");

    upload(file("sarong.jpg", TestImages.jpegWithExif(1600, 1200)));
    waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "เพิ่มรูปภาพแล้ว"));
    List<WebElement> shown = browser.findElements(By.cssSelector("li.fs-photo"));
    assertThat(shown).hasSize(1);
    assertThat(shown.get(0).getAttribute("data-main")).isEqualTo("true");
    long photoId = Long.parseLong(shown.get(0).getAttribute("data-photo-id"));
    String key = keyOf(photoId);
    assertThat(key).matches("[0-9a-f]{32}");
    assertThat(photoCount(productId)).isEqualTo(1);
    assertThat(number("SELECT width * 10000 + height FROM product_photo WHERE id = ? AND group_id = ? AND created_by = ?",
        photoId, weavers.id(), weavers.producerUsername())).isEqualTo(1200 * 10000 + 900);
    // the preview uses the product page's own gallery fragment
    WebElement main = browser.findElement(By.cssSelector("#product-photos .fs-gallery-main img"));
    assertThat(main.getDomAttribute("alt")).isEqualTo(browser.findElement(By.id("photos-product")).getText());
    assertThat(main.getDomAttribute("width")).isEqualTo("1200");
    assertThat(main.getDomAttribute("height")).isEqualTo("900");
    assertThat(main.getDomAttribute("src")).endsWith("/photos/" + key + "/display.jpg");

    HttpResponse<byte[]> display = api.getBytes("photos/" + key + "/display.jpg");
    assertThat(display.statusCode()).isEqualTo(200);
    assertThat(display.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    assertThat(display.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
    assertThat(display.headers().firstValue("Set-Cookie")).as("no HTTP session for a photo").isEmpty();
    BufferedImage image = TestImages.read(display.body());
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(image.getHeight()).isEqualTo(900);
    assertThat(new String(display.body(), StandardCharsets.ISO_8859_1)).doesNotContain("GPS").doesNotContain("Exif");
    String etag = display.headers().firstValue("ETag").orElseThrow();
    assertThat(number("SELECT COUNT(*) FROM product_photo WHERE id = ? AND ? = CONCAT('\"', sha256, '-d\"')", photoId, etag)).isEqualTo(1);
    assertThat(api.getBytes("photos/" + key + "/display.jpg", "If-None-Match", etag).statusCode()).isEqualTo(304);
    assertThat(api.getBytes("photos/" + key + "/display.jpg", "If-None-Match", "W/" + etag).statusCode()).isEqualTo(304);
    assertThat(api.getBytes("photos/" + key + "/display.jpg", "If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);

    HttpResponse<byte[]> thumb = api.getBytes("photos/" + key + "/thumb.jpg");
    assertThat(thumb.statusCode()).isEqualTo(200);
    assertThat(thumb.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    assertThat(TestImages.read(thumb.body()).getWidth()).isEqualTo(400);
    assertThat(thumb.headers().firstValue("ETag")).isNotEqualTo(display.headers().firstValue("ETag"));

    for (String missing : List.of("photos/987654321/display.jpg", "photos/" + photoId + "/display.jpg", "photos/" + key + "/original.jpg", "photos/abc/thumb.jpg", "photos/", "photos/" + photoId)) {
      HttpResponse<byte[]> notThere = api.getBytes(missing);
      assertThat(notThere.statusCode()).as(missing).isEqualTo(404);
      assertThat(notThere.headers().firstValue("Set-Cookie")).as(missing).isEmpty();
    }

    // anyone may see it: the product page answers
    HttpResponse<byte[]> page = api.getBytes("catalog/product.xhtml?id=" + productId);
    assertThat(page.statusCode()).isEqualTo(200);
  }

  @Test
  void theProductPageShowsTheMainPhotoAndTheOthersAsThumbnails() throws Exception {
    long productId = weavers.productIds().get(3);
    long first = json(api.postBytes("api/my/products/" + productId + "/photos", TestImages.jpeg(900, 600), "image/jpeg", weavers.producerUsername()), 201)
        .getJsonNumber("id").longValue();
    long second = json(api.postBytes("api/my/products/" + productId + "/photos", TestImages.png(500, 500), "image/png", weavers.producerUsername()), 201)
        .getJsonNumber("id").longValue();

    String html = new String(api.getBytes("catalog/product.xhtml?id=" + productId).body(), StandardCharsets.UTF_8);

    assertThat(html).contains("/photos/" + keyOf(first) + "/display.jpg\" width=\"900\" height=\"600\"");
    assertThat(html).contains("/photos/" + keyOf(second) + "/thumb.jpg\" width=\"400\" height=\"400\" loading=\"lazy\"");
    assertThat(html).contains("alt=\"หมอนอิง");
  }

  @Test
  void aCatalogCardShowsTheMainPhotoAsAThumbnail() throws Exception {
    long productId = weavers.productIds().get(4);
    json(api.postBytes("api/my/products/" + productId + "/photos", TestImages.jpeg(700, 500), "image/jpeg", weavers.producerUsername()), 201);
    long main = mainPhotoOf(productId);

    String html = new String(api.getBytes("catalog/?q=" + tag).body(), StandardCharsets.UTF_8);

    assertThat(html).contains("/photos/" + keyOf(main) + "/thumb.jpg");
    // a product without a picture: a patterned tile with its category's name, not an emoji many phones show as a box
    assertThat(html).contains("fs-tile-HANDICRAFT\" aria-hidden=\"true\"><span class=\"fs-tile-name\">งานหัตถกรรม</span>");
    assertThat(html).doesNotContain("🧺").doesNotContain("🧵").doesNotContain("🌶");
    String bare = new String(api.getBytes("catalog/product.xhtml?id=" + basketry.productIds().get(2)).body(), StandardCharsets.UTF_8);
    assertThat(bare).contains("fs-tile-big fs-tile-HANDICRAFT\" aria-hidden=\"true\"><span class=\"fs-tile-name\">งานหัตถกรรม</span>");
    assertThat(bare).doesNotContain("🧺").doesNotContain("illustration-notice");
  }

  @Test
  void aProducerChoosesTheMainPhotoAndRemovesOne() throws Exception {
    long productId = weavers.productIds().get(1);
    signIn(weavers.producerUsername());
    openPhotos(productId);
    upload(file("bag-front.jpg", TestImages.jpeg(800, 800)));
    waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector("li.fs-photo"), 1));
    upload(file("bag-side.png", TestImages.png(600, 900)));
    waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector("li.fs-photo"), 2));
    long front = photoIdAt(0);
    long side = photoIdAt(1);
    String sideKey = keyOf(side);

    browser.findElements(By.cssSelector("li.fs-photo")).get(1).findElement(By.cssSelector("input.fs-make-main")).click();
    waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "ตั้งเป็นรูปหลักของสินค้าแล้ว"));
    assertThat(photoIdAt(0)).isEqualTo(side);
    assertThat(browser.findElements(By.cssSelector("li.fs-photo")).get(0).getAttribute("data-main")).isEqualTo("true");
    assertThat(positionOf(side)).isZero();
    assertThat(positionOf(front)).isEqualTo(1);

    browser.findElements(By.cssSelector("li.fs-photo")).get(0).findElement(By.cssSelector("input.fs-remove")).click();
    waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "ลบรูปภาพแล้ว"));
    assertThat(browser.findElements(By.cssSelector("li.fs-photo"))).hasSize(1);
    assertThat(photoIdAt(0)).isEqualTo(front);
    assertThat(positionOf(front)).as("the next photo becomes the main one").isZero();
    assertThat(photoCount(productId)).isEqualTo(1);
    assertThat(api.getBytes("photos/" + sideKey + "/thumb.jpg").statusCode()).isEqualTo(404);
  }

  @Test
  void aTextFileCalledJpgIsRefusedInTheUsersLanguageAndNothingIsStored() throws Exception {
    long productId = weavers.productIds().get(2);
    signIn(weavers.producerUsername());
    openPhotos(productId);

    upload(file("not-a-photo.jpg", "ผ้าพันคอ: this is a note, not a photo\n".repeat(40).getBytes(StandardCharsets.UTF_8)));
    waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "ไฟล์นี้ไม่ใช่รูปภาพ JPEG หรือ PNG ที่อ่านได้"));
    assertThat(browser.findElements(By.cssSelector("li.fs-photo"))).isEmpty();

    browser.findElement(By.id("lang-en")).click();
    waitFor(ExpectedConditions.textToBe(By.id("no-photos"), "This product has no photos yet."));
    upload(file("tiny.png", TestImages.png(120, 80)));
    waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
        "The photo is too small: at least 200 pixels a side are needed, this one is 120 × 80"));
    assertThat(photoCount(productId)).isZero();
  }

  @Test
  void aProducerCannotOpenThePhotosOfAnotherGroupsProduct() {
    signIn(weavers.producerUsername());
    open("producer/photos.xhtml?product=" + basketry.productIds().get(0));
    assertThat(browser.findElement(By.id("error-page")).getText()).isNotBlank();
    assertThat(browser.findElements(By.id("upload:file"))).isEmpty();
    open("producer/photos.xhtml?product=nonsense");
    assertThat(browser.findElement(By.id("error-page")).getText()).contains("ไม่พบหน้าที่ต้องการ");
  }

  // ---- the API --------------------------------------------------------------------------------

  @Test
  void aProducerScriptAddsAndRemovesPhotosOfItsOwnGroupsProductsOnly() throws Exception {
    long own = basketry.productIds().get(0);
    long theirs = weavers.productIds().get(3);
    String producer = basketry.producerUsername();

    HttpResponse<String> created = api.postBytes("api/my/products/" + own + "/photos", TestImages.png(1000, 700), "image/png", producer);
    JsonObject photo = json(created, 201);
    assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> l.endsWith("/api/my/products/" + own + "/photos"));
    long photoId = photo.getJsonNumber("id").longValue();
    assertThat(photo.getBoolean("main")).isTrue();
    assertThat(photo.getInt("width")).isEqualTo(1000);
    assertThat(photo.getInt("height")).isEqualTo(700);
    assertThat(photo.getString("sha256")).hasSize(64);
    assertThat(api.getBytes(photo.getString("displayUrl")).headers().firstValue("Content-Type")).hasValue("image/jpeg");

    // another group's product: refused, nothing stored, and her photo cannot be deleted either
    long before = photoCount(theirs);
    problem(api.postBytes("api/my/products/" + theirs + "/photos", TestImages.jpeg(600, 600), "image/jpeg", producer), 403, "error.accessRefused");
    assertThat(photoCount(theirs)).isEqualTo(before);
    problem(api.delete("api/my/products/" + own + "/photos/" + photoId, weavers.producerUsername()), 403, "error.accessRefused");
    problem(api.delete("api/my/products/" + theirs + "/photos/" + photoId, producer), 403, "error.accessRefused");
    problem(api.postBytes("api/my/products/987654321/photos", TestImages.jpeg(600, 600), "image/jpeg", producer), 404, "error.notFound");
    problem(api.postBytes("api/my/products/" + own + "/photos", TestImages.jpeg(600, 600), "image/jpeg", shopper), 403, "error.accessRefused");
    problem(api.postBytes("api/my/products/" + own + "/photos", TestImages.jpeg(600, 600), "image/jpeg", null), 401, null);
    assertThat(photoCount(own)).isEqualTo(1);

    // the older routes of my/products still answer beside the photos
    assertThat(api.get("api/my/products", producer).statusCode()).isEqualTo(200);
    assertThat(json(api.put("api/my/products/" + own + "/stock", "{\"stock\": 9}", producer), 200).getInt("stock")).isEqualTo(9);
    assertThat(api.get("api/my/products/" + own + "/photos", producer).body()).contains("\"id\":" + photoId);
    String key = photo.getString("key");

    assertThat(api.delete("api/my/products/" + own + "/photos/" + photoId, producer).statusCode()).isEqualTo(204);
    assertThat(photoCount(own)).isZero();
    assertThat(api.getBytes("photos/" + key + "/display.jpg").statusCode()).isEqualTo(404);
    problem(api.delete("api/my/products/" + own + "/photos/" + photoId, producer), 404, "error.notFound");
  }

  @Test
  void aHiddenProductsPhotoIsShownOnlyToItsOwnGroupAndTheOfficeAndNeverKept() throws Exception {
    long productId = basketry.productIds().get(2);
    JsonObject added = json(api.postBytes("api/my/products/" + productId + "/photos", TestImages.jpeg(640, 480), "image/jpeg", basketry.producerUsername()), 201);
    String key = added.getString("key");
    long photoId = added.getJsonNumber("id").longValue();
    assertThat(api.getBytes("photos/" + key + "/thumb.jpg").statusCode()).isEqualTo(200);
    String treasurer;
    try (Connection c = Fixtures.connect()) {
      treasurer = Fixtures.treasurer(c, tag);
      Fixtures.update(c, "UPDATE product SET active = FALSE WHERE id = ?", productId);
    }

    for (String rendition : List.of("display", "thumb")) {
      HttpResponse<byte[]> toPublic = api.getBytes("photos/" + key + "/" + rendition + ".jpg");
      assertThat(toPublic.statusCode()).as(rendition).isEqualTo(404);
      assertThat(toPublic.headers().firstValue("Cache-Control")).hasValue("no-store");
    }
    assertThat(api.getBytes("photos/" + key + "/display.jpg", "Authorization", Api.basic(shopper)).statusCode()).isEqualTo(404);
    assertThat(api.getBytes("photos/" + key + "/display.jpg", "Authorization", Api.basic(weavers.producerUsername())).statusCode()).as("another group").isEqualTo(404);
    // the sequential id is no address at all
    assertThat(api.getBytes("photos/" + photoId + "/display.jpg", "Authorization", Api.basic(basketry.producerUsername())).statusCode()).isEqualTo(404);
    for (String behindTheShop : List.of(basketry.producerUsername(), treasurer)) {
      HttpResponse<byte[]> seen = api.getBytes("photos/" + key + "/display.jpg", "Authorization", Api.basic(behindTheShop));
      assertThat(seen.statusCode()).as(behindTheShop).isEqualTo(200);
      assertThat(seen.headers().firstValue("Cache-Control")).as(behindTheShop).hasValue("private, no-store");
    }
  }

  @Test
  void badBodiesAreRefusedWithProblemDetailsAndNothingIsStored() throws Exception {
    long own = weavers.productIds().get(2);
    String producer = weavers.producerUsername();
    byte[] oversized = new byte[6 * 1024 * 1024];
    System.arraycopy(TestImages.jpeg(400, 400), 0, oversized, 0, 3);

    problem(api.postBytes("api/my/products/" + own + "/photos", oversized, "image/jpeg", producer), 413, "photo.tooManyBytes");
    problem(api.postBytes("api/my/products/" + own + "/photos", "hello, not a picture".getBytes(StandardCharsets.UTF_8), "image/png", producer), 415, "photo.notAnImage");
    problem(api.postBytes("api/my/products/" + own + "/photos", TestImages.png(400, 400), "image/gif", producer), 415, "photo.wrongType");
    problem(api.postBytes("api/my/products/" + own + "/photos", TestImages.png(400, 400), null, producer), 415, "photo.wrongType");
    problem(api.postBytes("api/my/products/" + own + "/photos", TestImages.jpeg(150, 150), "image/jpeg", producer), 400, "photo.tooSmall");
    problem(api.postBytes("api/my/products/" + own + "/photos", TestImages.pngClaiming(40_000, 40_000), "image/png", producer), 400, "photo.tooLarge");
    problem(api.postBytes("api/my/products/" + own + "/photos", new byte[0], "image/jpeg", producer), 400, "photo.empty");
    assertThat(photoCount(own)).isZero();

    long other = basketry.productIds().get(1);
    String theirProducer = basketry.producerUsername();
    for (int i = 0; i < 6; i++) {
      json(api.postBytes("api/my/products/" + other + "/photos", TestImages.jpeg(300 + i, 300), "image/jpeg", theirProducer), 201);
    }
    JsonObject seventh = problem(api.in("en").postBytes("api/my/products/" + other + "/photos", TestImages.jpeg(300, 300), "image/jpeg", theirProducer), 409, "photo.tooMany");
    assertThat(seventh.getString("detail")).isEqualTo("A product can have at most 6 photos: please remove one first");
    assertThat(photoCount(other)).isEqualTo(6);
  }

  // ---- helpers ------------------------------------------------------------------------------

  private void signIn(String username) {
    Browser.submitLogin(browser, base, username, Fixtures.PASSWORD);
    waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as")));
  }

  private void openPhotos(long productId) {
    open("producer/photos.xhtml?product=" + productId);
    waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("photos-product")));
  }

  private void upload(Path file) {
    browser.findElement(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
    // looked up after the file is chosen, and again if the page redrew the form as it was picked
    WebElement send = null;
    for (int attempt = 0; send == null; attempt++) {
      WebElement button = browser.findElement(By.id("upload:send"));
      try {
        button.click();
        send = button;
      } catch (org.openqa.selenium.WebDriverException e) {
        boolean replaced = e instanceof org.openqa.selenium.StaleElementReferenceException || String.valueOf(e.getMessage()).contains("does not belong to the document");
        if (!replaced || attempt == 2) {
          throw e;
        }
      }
    }
    waitFor(ExpectedConditions.stalenessOf(send));
  }

  private static Path file(String name, byte[] content) throws Exception {
    return Files.write(files.resolve(name), content);
  }

  private void open(String path) {
    Browser.open(browser, base, path);
  }

  private static void waitFor(ExpectedCondition<?> condition) {
    Browser.waitFor(browser, condition);
  }

  private static long photoIdAt(int index) {
    return Long.parseLong(browser.findElements(By.cssSelector("li.fs-photo")).get(index).getAttribute("data-photo-id"));
  }

  private static long photoCount(long productId) throws Exception {
    return number("SELECT COUNT(*) FROM product_photo WHERE product_id = ?", productId);
  }

  private static long positionOf(long photoId) throws Exception {
    return number("SELECT position FROM product_photo WHERE id = ?", photoId);
  }

  private static long mainPhotoOf(long productId) throws Exception {
    return number("SELECT id FROM product_photo WHERE product_id = ? AND position = 0", productId);
  }

  private static String keyOf(long photoId) throws Exception {
    try (Connection c = Fixtures.connect(); var find = c.prepareStatement("SELECT public_key FROM product_photo WHERE id = ?")) {
      find.setLong(1, photoId);
      try (var row = find.executeQuery()) {
        assertThat(row.next()).as("photo " + photoId).isTrue();
        return row.getString(1);
      }
    }
  }

  private static long number(String sql, Object... values) throws Exception {
    try (Connection c = Fixtures.connect()) {
      return Fixtures.number(c, sql, values);
    }
  }
}
