package coop.fairshare.catalog;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.TexturePaint;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * A picture of a product that the shop draws itself, for the demo: its kind (a folded cloth, a
 * shirt, a bag, a basket, a jar, a pack, ...) and its pattern and colours are read from its
 * category, its English and Thai names and its colour variants; foods carry their Thai name on the
 * label. The same product always gets the same picture (everything random is seeded by its SKU).
 * It is an illustration, not a photo, and the shop says so wherever it shows one.
 */
public final class ProductIllustration {

  public static final int WIDTH = 1200;
  public static final int HEIGHT = 900;
  /** Who "uploaded" it, in the photo's record. */
  public static final String DRAWN_BY = "fairshare-illustrator";

  /** Finds an installed font that shows every character of a text (see {@link ThaiLettering}). */
  @FunctionalInterface
  interface Lettering {
    Optional<Font> fontFor(String text, int size);
  }

  /** The text on a food's label and the font it is drawn in. */
  record Caption(String text, Font font) {}

  enum Kind {
    FOLDED_CLOTH, SCARF, GARMENT, APRON, BAG, POUCH, CUSHION, HANGING, TAG, MASK, HAT, BASKET, BOX, TRAY, MAT, RING, LAMP, JAR, BOTTLE, PACK
  }

  enum Pattern {
    PLAID, IKAT, WAVES, JOK, BATIK, STITCH, TIE_DYE, PATCHWORK, SHEEN, WOVEN, CHECKER_WEAVE, TWILL, COIL
  }

  private final String sku;
  private final ProductCategory category;
  private final String nameTh;
  private final String nameEn;
  private final Kind kind;
  private final Pattern pattern;
  private final Color[] palette;
  private final boolean basketry;

  private ProductIllustration(String sku, ProductCategory category, String nameTh, String nameEn, List<String> colourCodes) {
    this.sku = Objects.requireNonNull(sku, "sku");
    this.category = Objects.requireNonNull(category, "category");
    this.nameTh = nameTh == null ? "" : nameTh.strip();
    this.nameEn = nameEn == null ? "" : nameEn.strip();
    String words = (this.nameEn + " " + this.nameTh).toLowerCase(Locale.ROOT);
    this.basketry = category != ProductCategory.PROCESSED_FOOD && has(words, "bamboo", "reed", "krajood", "hyacinth", "lipao", "rattan", "kratip", "basket", "ไผ่",
        "กก", "กระจูด", "ผักตบ", "ลิเภา", "หวาย", "ตะกร้า", "กระติ");
    this.kind = kindOf(category, words, basketry);
    this.pattern = patternOf(words, basketry, new Random(seed()));
    this.palette = paletteOf(category, words, basketry, colourCodes, new Random(seed() + 1));
  }

  /** The picture of a product as it is described now. */
  public static ProductIllustration of(Product product) {
    List<String> colours = product.variants().stream().filter(ProductVariant::isActive).map(ProductVariant::code).toList();
    return of(product.sku(), product.category(), product.name(Locale.forLanguageTag("th")), product.name(Locale.ENGLISH), colours);
  }

  static ProductIllustration of(String sku, ProductCategory category, String nameTh, String nameEn, List<String> variantCodes) {
    return new ProductIllustration(sku, category, nameTh, nameEn, variantCodes == null ? List.of() : variantCodes);
  }

  Kind kind() {
    return kind;
  }

  Pattern pattern() {
    return pattern;
  }

  /** The text a food's label carries: its Thai name where a font shows it, else its English name, else none. */
  Optional<Caption> caption(Lettering lettering) {
    if (kind != Kind.JAR && kind != Kind.BOTTLE && kind != Kind.PACK) {
      return Optional.empty();
    }
    for (String text : List.of(nameTh, nameEn)) {
      Optional<Font> font = lettering.fontFor(text, 60);
      if (font.isPresent()) {
        return Optional.of(new Caption(text, font.get()));
      }
    }
    return Optional.empty();
  }

  /** The picture, {@value #WIDTH} × {@value #HEIGHT} pixels, with the installed fonts. */
  public BufferedImage draw() {
    return draw(ThaiLettering::fontFor);
  }

  BufferedImage draw(Lettering lettering) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      Random random = new Random(seed() + 2);
      backdrop(g, random);
      shadow(g);
      switch (kind) {
        case FOLDED_CLOTH -> foldedCloth(g);
        case SCARF -> scarf(g);
        case GARMENT -> garment(g);
        case APRON -> apron(g);
        case BAG -> bag(g, true);
        case POUCH -> bag(g, false);
        case CUSHION -> cushion(g);
        case HANGING -> hanging(g);
        case TAG -> tag(g);
        case MASK -> mask(g);
        case HAT -> hat(g);
        case BASKET -> basket(g);
        case BOX -> box(g);
        case TRAY -> tray(g);
        case MAT -> mat(g);
        case RING -> ring(g);
        case LAMP -> lamp(g);
        case JAR -> jar(g, caption(lettering));
        case BOTTLE -> bottle(g, caption(lettering));
        case PACK -> pack(g, caption(lettering), random);
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  private long seed() {
    return 31L * sku.hashCode() + category.ordinal();
  }

  // ---- what to draw ---------------------------------------------------------------------------

  private static boolean has(String words, String... any) {
    for (String word : any) {
      if (words.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static Kind kindOf(ProductCategory category, String w, boolean basketry) {
    if (category == ProductCategory.PROCESSED_FOOD) {
      if (has(w, "paste", " dip", "relish", "jaew", "น้ำพริก", "แจ่ว")) {
        return Kind.JAR;
      }
      if (has(w, "concentrate", "sauce", "เข้มข้น", "น้ำบูดู")) {
        return Kind.BOTTLE;
      }
      if (has(w, "instant", "drops", "cracker", "keropok", "chips", "dried", "tea", "rice", "cookie", "rolls", "cakes", "bars", "candy", "pastries", "sweet",
          "mackerel", "threadfin", "thua nao", "leather", "banana", "mango", "longan")) {
        return Kind.PACK;
      }
      return has(w, "honey", "balm", "น้ำผึ้ง", "ยาหม่อง") ? Kind.JAR : Kind.PACK;
    }
    if (has(w, "key ring", "key-ring", "keyring", "bookmark", "พวงกุญแจ", "ที่คั่น")) {
      return Kind.TAG;
    }
    if (has(w, "face mask", "หน้ากาก")) {
      return Kind.MASK;
    }
    if (has(w, "apron", "ผ้ากันเปื้อน")) {
      return Kind.APRON;
    }
    if (has(w, "hat", "หมวก")) {
      return Kind.HAT;
    }
    if (basketry) {
      if (has(w, "lamp", "โคม")) {
        return Kind.LAMP;
      }
      if (has(w, "earring", "bangle", "ต่างหู", "กำไล")) {
        return Kind.RING;
      }
      if (has(w, "placemat", "coaster", " mat", "เสื่อ", "ที่รอง", "แผ่นรอง")) {
        return Kind.MAT;
      }
      if (has(w, "tray", "phan", "ถาด", "พาน")) {
        return Kind.TRAY;
      }
      if (has(w, "box", "กล่อง")) {
        return Kind.BOX;
      }
      if (has(w, "wallet", "กระเป๋าสตางค์")) {
        return Kind.POUCH;
      }
      if (has(w, "bag", "tote", "handbag", "กระเป๋า")) {
        return Kind.BAG;
      }
      return Kind.BASKET;
    }
    if (has(w, "shirt", "jacket", "kimono", "uniform", "polo", "เสื้อ")) {
      return Kind.GARMENT;
    }
    if (has(w, "wallet", "purse", "pouch", "clutch", "cosmetic", "coin", "กระเป๋าสตางค์", "ถุงผ้า")) {
      return Kind.POUCH;
    }
    if (has(w, "bag", "tote", "yam", "ย่าม", "กระเป๋า")) {
      return Kind.BAG;
    }
    if (has(w, "cushion", "pillow", "หมอน")) {
      return Kind.CUSHION;
    }
    if (has(w, "wall hanging", "banner", "ตุง", "ประดับผนัง")) {
      return Kind.HANGING;
    }
    if (has(w, "scarf", "necktie", "shawl", "handkerchief", "ผ้าพันคอ", "เนคไท", "คลุมไหล่", "ผ้าเช็ดหน้า")) {
      return Kind.SCARF;
    }
    if (has(w, "basket", "ตะกร้า")) {
      return Kind.BASKET;
    }
    return Kind.FOLDED_CLOTH;
  }

  private static Pattern patternOf(String w, boolean basketry, Random random) {
    if (basketry) {
      if (has(w, "hyacinth", "ผักตบ")) {
        return Pattern.COIL;
      }
      if (has(w, "bamboo", "ไผ่", "kratip", "กระติ")) {
        return Pattern.CHECKER_WEAVE;
      }
      return Pattern.TWILL;
    }
    if (has(w, "khao ma", "checked", "ขาวม้า", "ตาราง", "ratchawat", "ราชวัตร", "luk kaew")) {
      return Pattern.PLAID;
    }
    if (has(w, "mudmee", "มัดหมี่", "ikat", "hol ", "โฮล", "anprom", "อันปรม", "naga")) {
      return Pattern.IKAT;
    }
    if (has(w, "flowing", "น้ำไหล")) {
      return Pattern.WAVES;
    }
    if (has(w, "jok", "จก", "khit", "ขิด", "yong", "ยอง", "kan yaeng", "phikun", "tai lue", "ไทลื้อ")) {
      return Pattern.JOK;
    }
    if (has(w, "batik", "บาติก")) {
      return Pattern.BATIK;
    }
    if (has(w, "embroider", "ปัก", "cross-stitch", "hmong", "akha", "ม้ง")) {
      return Pattern.STITCH;
    }
    if (has(w, "tie-dye", "มัดย้อม")) {
      return Pattern.TIE_DYE;
    }
    if (has(w, "patchwork", "ปะติด")) {
      return Pattern.PATCHWORK;
    }
    if (has(w, "silk", "ไหม")) {
      return Pattern.SHEEN;
    }
    return random.nextInt(3) == 0 ? Pattern.PLAID : Pattern.WOVEN;
  }

  private static Color c(int rgb) {
    return new Color(rgb);
  }

  /** Main colour, second colour, accent. */
  private static Color[] paletteOf(ProductCategory category, String w, boolean basketry, List<String> variants, Random random) {
    if (category == ProductCategory.PROCESSED_FOOD) {
      if (has(w, "chili", "พริก", "roselle", "กระเจี๊ยบ", "jaew", "แจ่ว")) {
        return new Color[] {c(0xA8281E), c(0xE8B04A), c(0x2E5E3A)};
      }
      if (has(w, "honey", "น้ำผึ้ง", "longan", "ลำไย", "ginger", "ขิง")) {
        return new Color[] {c(0xD08A12), c(0xF4D27A), c(0x5A3A12)};
      }
      if (has(w, "butterfly pea", "อัญชัน")) {
        return new Color[] {c(0x2C4EA3), c(0xB9C8F0), c(0xE9C34A)};
      }
      if (has(w, "tea", "ชา", "moringa", "pandan", "ใบเตย", "lemongrass")) {
        return new Color[] {c(0x4F7A33), c(0xC9DDA0), c(0x8A5A2B)};
      }
      if (has(w, "mango", "มะม่วง", "banana", "กล้วย", "pumpkin", "ฟักทอง")) {
        return new Color[] {c(0xE59A1C), c(0xF7DA8B), c(0x7A3E12)};
      }
      if (has(w, "tamarind", "มะขาม", "bael", "มะตูม", "kraya", "กระยา", "balm", "ยาหม่อง")) {
        return new Color[] {c(0x6E3B22), c(0xD9B27A), c(0xC9A227)};
      }
      if (has(w, "fish", "ปลา", "shrimp", "กุ้ง", "budu", "บูดู", "keropok", "กรือโป๊ะ")) {
        return new Color[] {c(0x1F5C7A), c(0xE2C9A0), c(0xC0502A)};
      }
      if (has(w, "rice", "ข้าว", "coconut", "กะทิ", "cookie", "ขนม")) {
        return new Color[] {c(0x8C6A3F), c(0xF3E7CF), c(0x3E7A4A)};
      }
      Color[][] foods = {{c(0xB5462A), c(0xF0D9A8), c(0x3B2A22)}, {c(0x6D2E46), c(0xF2D7B6), c(0x2D6A4F)}};
      return foods[random.nextInt(foods.length)];
    }
    if (basketry) {
      if (has(w, "hyacinth", "ผักตบ")) {
        return new Color[] {c(0x8A6540), c(0xB89464), c(0x4E3620)};
      }
      if (has(w, "lipao", "ลิเภา")) {
        return new Color[] {c(0x4A3222), c(0xC8A05A), c(0x2A1C12)};
      }
      if (has(w, "krajood", "กระจูด", "khit", "ขิด")) {
        return new Color[] {c(0xC9A46C), c(0x7B2D3B), c(0x3C5A7A)};
      }
      if (has(w, "reed", "กก")) {
        return new Color[] {c(0xBFA46A), c(0x9B3B2A), c(0x5C4A2A)};
      }
      return new Color[] {c(0xD6B276), c(0xA77E45), c(0x6B4E2A)};
    }
    List<Color> named = new ArrayList<>();
    for (String code : variants) {
      colourOf(code.toLowerCase(Locale.ROOT)).ifPresent(named::add);
    }
    Optional<Color> dye = colourOf(w);
    Color[][] weaves = {
      {c(0x7B1E3A), c(0xD4A73A), c(0x2F5D50)},
      {c(0x4A2C6B), c(0xE0A526), c(0x2C7A73)},
      {c(0xB5462A), c(0xF0D9A8), c(0x3B2A22)},
      {c(0x1F5F8B), c(0xF2C14E), c(0xC0392B)},
      {c(0x2D6A4F), c(0xF4A261), c(0x6D2E46)},
      {c(0x8C1C13), c(0x1B3A57), c(0xE9C46A)}
    };
    Color[] chosen = weaves[random.nextInt(weaves.length)].clone();
    if (category == ProductCategory.OEM && dye.isEmpty() && named.isEmpty()) {
      return new Color[] {c(0xEFE6D2), c(0x2F4858), c(0xC8553D)};
    }
    if (named.size() >= 2) {
      return new Color[] {named.get(0), named.get(1), chosen[1]};
    }
    Color main = named.isEmpty() ? dye.orElse(chosen[0]) : named.get(0);
    if (!main.equals(chosen[0])) {
      chosen[0] = main;
      chosen[1] = main.getRed() + main.getGreen() + main.getBlue() > 500 ? c(0x7A5C3A) : c(0xEDE3CC);
    }
    return chosen;
  }

  /** The colour a natural dye or a colour variant gives. */
  private static Optional<Color> colourOf(String w) {
    if (has(w, "indigo", "คราม", "ฮ่อม")) {
      return Optional.of(c(0x23345E));
    }
    if (has(w, "lac", "ครั่ง", "red", "แดง")) {
      return Optional.of(c(0x9A1F2E));
    }
    if (has(w, "teak", "สัก")) {
      return Optional.of(c(0x8B6B3D));
    }
    if (has(w, "jackfruit", "ขนุน")) {
      return Optional.of(c(0xC98B19));
    }
    if (has(w, "ebony", "มะเกลือ", "black", "ดำ")) {
      return Optional.of(c(0x2E2926));
    }
    if (has(w, "natural", "ธรรมชาติ", "calico", "ผ้าดิบ")) {
      return Optional.of(c(0xE8DCC0));
    }
    return Optional.empty();
  }

  // ---- the scene ------------------------------------------------------------------------------

  private void backdrop(Graphics2D g, Random random) {
    if (category == ProductCategory.OEM) {
      // a tailor's cutting mat: made to order
      g.setPaint(new GradientPaint(0, 0, c(0x2F6B57), 0, HEIGHT, c(0x23544A)));
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.setStroke(new BasicStroke(2f));
      for (int x = 0; x <= WIDTH; x += 50) {
        g.setColor(new Color(255, 255, 255, x % 250 == 0 ? 90 : 40));
        g.draw(new Line2D.Double(x, 0, x, HEIGHT));
      }
      for (int y = 0; y <= HEIGHT; y += 50) {
        g.setColor(new Color(255, 255, 255, y % 250 == 0 ? 90 : 40));
        g.draw(new Line2D.Double(0, y, WIDTH, y));
      }
      g.setColor(new Color(255, 255, 255, 120));
      for (int x = 0; x <= WIDTH; x += 10) {
        g.draw(new Line2D.Double(x, 0, x, x % 50 == 0 ? 26 : 12));
      }
      return;
    }
    Color tint = mix(palette[0], Color.WHITE, 86);
    Color top = mix(tint, Color.WHITE, 40);
    g.setPaint(new GradientPaint(0, 0, top, 0, 640, tint));
    g.fillRect(0, 0, WIDTH, 640);
    // the table the thing stands on
    Color table = category == ProductCategory.PROCESSED_FOOD ? c(0xB98A5E) : mix(c(0xD9C7A8), tint, 30);
    g.setPaint(new GradientPaint(0, 640, mix(table, Color.WHITE, 15), 0, HEIGHT, mix(table, Color.BLACK, 12)));
    g.fillRect(0, 640, WIDTH, HEIGHT - 640);
    if (category == ProductCategory.PROCESSED_FOOD) {
      g.setStroke(new BasicStroke(2f));
      g.setColor(new Color(90, 55, 30, 50));
      for (int y = 660; y < HEIGHT; y += 22 + random.nextInt(20)) {
        g.draw(new Line2D.Double(0, y, WIDTH, y + random.nextInt(9) - 4));
      }
    }
    // a leaf in the corner, as on a market stall
    g.setColor(mix(c(0x3E7A4A), tint, 35));
    AffineTransform saved = g.getTransform();
    g.translate(120, 130);
    g.rotate(-0.6);
    g.fill(leaf(0, 0, 150, 60));
    g.setTransform(saved);
    g.translate(1090, 560);
    g.rotate(2.4);
    g.setColor(mix(c(0x5F8F4E), tint, 45));
    g.fill(leaf(0, 0, 120, 48));
    g.setTransform(saved);
  }

  private static Shape leaf(int x, int y, int length, int width) {
    Path2D p = new Path2D.Double();
    p.moveTo(x, y);
    p.quadTo(x + length / 2.0, y - width, x + length, y);
    p.quadTo(x + length / 2.0, y + width, x, y);
    p.closePath();
    return p;
  }

  private void shadow(Graphics2D g) {
    float cx = 600;
    float cy = 720;
    g.setPaint(new RadialGradientPaint(new Point2D.Float(cx, cy), 380, new float[] {0f, 1f}, new Color[] {new Color(0, 0, 0, 70), new Color(0, 0, 0, 0)}));
    AffineTransform saved = g.getTransform();
    g.translate(cx, cy);
    g.scale(1, 0.16);
    g.translate(-cx, -cy);
    g.fill(new Ellipse2D.Double(cx - 380, cy - 380, 760, 760));
    g.setTransform(saved);
  }

  /** Fills a shape with the product's pattern, then shades it as if lit from the upper left. */
  private void fill(Graphics2D g, Shape shape, Color main, Color second) {
    g.setPaint(new TexturePaint(tile(pattern, main, second, palette[2]), new Rectangle2D.Double(0, 0, TILE, TILE)));
    g.fill(shape);
    Rectangle2D b = shape.getBounds2D();
    g.setPaint(new GradientPaint((float) b.getMinX(), (float) b.getMinY(), new Color(255, 255, 255, 55), (float) b.getMaxX(), (float) b.getMaxY(),
        new Color(0, 0, 0, 70)));
    g.fill(shape);
    g.setColor(new Color(0, 0, 0, 90));
    g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(shape);
  }

  private void fill(Graphics2D g, Shape shape) {
    fill(g, shape, palette[0], palette[1]);
  }

  /** The colour that is this many percent of the way from a to b. */
  private static Color mix(Color a, Color b, int percent) {
    return new Color((a.getRed() * (100 - percent) + b.getRed() * percent) / 100, (a.getGreen() * (100 - percent) + b.getGreen() * percent) / 100,
        (a.getBlue() * (100 - percent) + b.getBlue() * percent) / 100);
  }

  private static Color darker(Color c, int percent) {
    return mix(c, Color.BLACK, percent);
  }

  // ---- textiles -------------------------------------------------------------------------------

  private void foldedCloth(Graphics2D g) {
    // two cloths folded and stacked: the lower one in the second colour when there is a choice
    clothLayer(g, 330, 470, 600, 170, palette[1], palette[0]);
    clothLayer(g, 280, 300, 640, 250, palette[0], palette[1]);
  }

  private void clothLayer(Graphics2D g, int x, int y, int w, int h, Color main, Color second) {
    Shape face = new RoundRectangle2D.Double(x, y, w, h, 30, 30);
    Shape edge = new RoundRectangle2D.Double(x + 4, y + h - 20, w - 8, 60, 30, 30);
    fill(g, edge, darker(main, 25), darker(second, 25));
    fill(g, face, main, second);
    // the fold across the face
    g.setColor(new Color(0, 0, 0, 45));
    g.setStroke(new BasicStroke(8f));
    g.draw(new Line2D.Double(x + 12, y + h * 0.42, x + w - 12, y + h * 0.42));
    g.setColor(new Color(255, 255, 255, 60));
    g.setStroke(new BasicStroke(4f));
    g.draw(new Line2D.Double(x + 12, y + h * 0.42 + 7, x + w - 12, y + h * 0.42 + 7));
  }

  private void scarf(Graphics2D g) {
    Shape body = new RoundRectangle2D.Double(300, 300, 520, 300, 40, 40);
    fringe(g, 320, 600, 480, palette[0]);
    fill(g, body);
    AffineTransform saved = g.getTransform();
    g.rotate(0.28, 760, 470);
    Shape tail = new Rectangle2D.Double(700, 440, 170, 280);
    fringe(g, 700, 720, 170, palette[0]);
    fill(g, tail, darker(palette[0], 10), palette[1]);
    g.setTransform(saved);
  }

  private static void fringe(Graphics2D g, int x, int y, int width, Color colour) {
    g.setColor(darker(colour, 20));
    g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    for (int fx = x + 6; fx < x + width - 4; fx += 14) {
      g.draw(new Line2D.Double(fx, y, fx + 3, y + 46));
    }
  }

  private void garment(Graphics2D g) {
    Path2D shirt = new Path2D.Double();
    shirt.moveTo(520, 170);
    shirt.lineTo(400, 210);
    shirt.lineTo(250, 400);
    shirt.lineTo(340, 460);
    shirt.lineTo(420, 360);
    shirt.lineTo(420, 740);
    shirt.lineTo(780, 740);
    shirt.lineTo(780, 360);
    shirt.lineTo(860, 460);
    shirt.lineTo(950, 400);
    shirt.lineTo(800, 210);
    shirt.lineTo(680, 170);
    shirt.quadTo(600, 230, 520, 170);
    shirt.closePath();
    fill(g, shirt);
    // collar band and buttons
    g.setColor(darker(palette[0], 35));
    g.setStroke(new BasicStroke(14f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    Path2D collar = new Path2D.Double();
    collar.moveTo(520, 172);
    collar.quadTo(600, 236, 680, 172);
    g.draw(collar);
    g.setStroke(new BasicStroke(4f));
    g.setColor(new Color(0, 0, 0, 70));
    g.draw(new Line2D.Double(600, 205, 600, 740));
    for (int y = 260; y < 720; y += 90) {
      g.setColor(palette[2]);
      g.fill(new Ellipse2D.Double(612, y, 18, 18));
    }
    if (category == ProductCategory.OEM) {
      logoBadge(g, 680, 300, 70);
    }
  }

  private void apron(Graphics2D g) {
    Path2D apron = new Path2D.Double();
    apron.moveTo(470, 190);
    apron.lineTo(730, 190);
    apron.lineTo(730, 330);
    apron.quadTo(800, 350, 820, 420);
    apron.lineTo(820, 760);
    apron.lineTo(380, 760);
    apron.lineTo(380, 420);
    apron.quadTo(400, 350, 470, 330);
    apron.closePath();
    fill(g, apron);
    g.setColor(darker(palette[0], 30));
    g.setStroke(new BasicStroke(12f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new Line2D.Double(380, 420, 250, 470));
    g.draw(new Line2D.Double(820, 420, 950, 470));
    g.draw(new java.awt.geom.Arc2D.Double(470, 90, 260, 200, 0, 180, java.awt.geom.Arc2D.OPEN));
    g.setColor(new Color(0, 0, 0, 60));
    g.setStroke(new BasicStroke(4f));
    g.draw(new RoundRectangle2D.Double(470, 520, 260, 140, 20, 20));
    if (category == ProductCategory.OEM) {
      logoBadge(g, 600, 260, 60);
    }
  }

  private void bag(Graphics2D g, boolean withHandle) {
    if (withHandle) {
      g.setColor(basketry ? darker(palette[0], 35) : darker(palette[0], 30));
      g.setStroke(new BasicStroke(30f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(new java.awt.geom.Arc2D.Double(440, 130, 320, 360, 0, 180, java.awt.geom.Arc2D.OPEN));
      Path2D body = new Path2D.Double();
      body.moveTo(380, 310);
      body.lineTo(820, 310);
      body.lineTo(880, 730);
      body.quadTo(600, 760, 320, 730);
      body.closePath();
      fill(g, body);
      g.setColor(new Color(0, 0, 0, 60));
      g.setStroke(new BasicStroke(6f));
      g.draw(new Line2D.Double(390, 350, 810, 350));
      if (category == ProductCategory.OEM) {
        logoBadge(g, 600, 520, 90);
      }
    } else {
      Shape body = new RoundRectangle2D.Double(360, 330, 480, 360, 60, 60);
      fill(g, body);
      Path2D flap = new Path2D.Double();
      flap.moveTo(360, 360);
      flap.quadTo(600, 560, 840, 360);
      flap.lineTo(840, 380);
      flap.quadTo(600, 580, 360, 380);
      flap.closePath();
      g.setColor(new Color(0, 0, 0, 70));
      g.fill(flap);
      g.setColor(palette[2]);
      g.fill(new Ellipse2D.Double(585, 455, 30, 30));
      if (has(nameEn.toLowerCase(Locale.ROOT), "drawstring")) {
        g.setColor(darker(palette[0], 40));
        g.setStroke(new BasicStroke(8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new java.awt.geom.CubicCurve2D.Double(600, 340, 640, 260, 700, 260, 720, 300));
      }
    }
  }

  private void cushion(Graphics2D g) {
    Path2D cushion = new Path2D.Double();
    cushion.moveTo(340, 210);
    cushion.quadTo(600, 250, 860, 210);
    cushion.quadTo(820, 470, 860, 730);
    cushion.quadTo(600, 690, 340, 730);
    cushion.quadTo(380, 470, 340, 210);
    cushion.closePath();
    fill(g, cushion);
    g.setColor(new Color(255, 255, 255, 70));
    g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {14f, 12f}, 0f));
    g.draw(new RoundRectangle2D.Double(400, 270, 400, 400, 40, 40));
  }

  private void hanging(Graphics2D g) {
    g.setColor(c(0x6B4423));
    g.fill(new RoundRectangle2D.Double(380, 130, 440, 26, 26, 26));
    g.setColor(c(0x4A2E16));
    g.fill(new Ellipse2D.Double(366, 126, 34, 34));
    g.fill(new Ellipse2D.Double(800, 126, 34, 34));
    Path2D banner = new Path2D.Double();
    banner.moveTo(450, 150);
    banner.lineTo(750, 150);
    banner.lineTo(750, 640);
    banner.lineTo(600, 720);
    banner.lineTo(450, 640);
    banner.closePath();
    fill(g, banner);
    fringe(g, 455, 650, 0, palette[0]);
    g.setColor(palette[2]);
    g.fill(new Ellipse2D.Double(586, 706, 28, 28));
    g.setStroke(new BasicStroke(6f));
    g.draw(new Line2D.Double(600, 730, 600, 790));
  }

  private void tag(Graphics2D g) {
    g.setColor(c(0x9AA3AD));
    g.setStroke(new BasicStroke(12f));
    g.draw(new Ellipse2D.Double(540, 150, 120, 120));
    g.setStroke(new BasicStroke(8f));
    g.draw(new Line2D.Double(600, 270, 600, 330));
    Shape piece = new RoundRectangle2D.Double(440, 330, 320, 360, 60, 60);
    fill(g, piece);
    g.setColor(palette[2]);
    g.fill(new Ellipse2D.Double(580, 310, 40, 40));
  }

  private void mask(Graphics2D g) {
    g.setColor(c(0xF2F2F2));
    g.setStroke(new BasicStroke(10f));
    g.draw(new Ellipse2D.Double(250, 330, 180, 260));
    g.draw(new Ellipse2D.Double(770, 330, 180, 260));
    Shape mask = new RoundRectangle2D.Double(340, 300, 520, 320, 120, 120);
    fill(g, mask);
    g.setColor(new Color(0, 0, 0, 60));
    g.setStroke(new BasicStroke(5f));
    for (int y = 390; y <= 530; y += 70) {
      g.draw(new Line2D.Double(360, y, 840, y));
    }
  }

  private void hat(Graphics2D g) {
    Shape brim = new Ellipse2D.Double(220, 480, 760, 220);
    fill(g, brim, darker(palette[0], 8), palette[1]);
    Path2D crown = new Path2D.Double();
    crown.moveTo(410, 590);
    crown.curveTo(400, 300, 800, 300, 790, 590);
    crown.quadTo(600, 640, 410, 590);
    crown.closePath();
    fill(g, crown);
    g.setColor(palette[basketry ? 1 : 2]);
    g.setStroke(new BasicStroke(26f));
    Path2D band = new Path2D.Double();
    band.moveTo(418, 545);
    band.quadTo(600, 600, 782, 545);
    g.draw(band);
  }

  // ---- basketry -------------------------------------------------------------------------------

  private void basket(Graphics2D g) {
    boolean handle = has(nameEn.toLowerCase(Locale.ROOT), "handle", "laundry", "amenity");
    if (handle) {
      g.setColor(darker(palette[0], 30));
      g.setStroke(new BasicStroke(26f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(new java.awt.geom.Arc2D.Double(380, 110, 440, 440, 0, 180, java.awt.geom.Arc2D.OPEN));
    }
    boolean tall = has(nameEn.toLowerCase(Locale.ROOT), "kratip", "sticky", "tall");
    double top = tall ? 230 : 320;
    Path2D body = new Path2D.Double();
    body.moveTo(tall ? 420 : 330, top);
    body.lineTo(tall ? 780 : 870, top);
    body.lineTo(tall ? 750 : 790, 730);
    body.quadTo(600, 770, tall ? 450 : 410, 730);
    body.closePath();
    fill(g, body);
    Shape rim = new Ellipse2D.Double(tall ? 410 : 320, top - 35, tall ? 380 : 560, 70);
    g.setColor(darker(palette[0], 45));
    g.fill(rim);
    g.setColor(darker(palette[0], 20));
    g.setStroke(new BasicStroke(14f));
    g.draw(rim);
    if (tall) {
      // the kratip's lid and its cord
      fill(g, new RoundRectangle2D.Double(400, 170, 400, 110, 40, 40), darker(palette[0], 5), palette[1]);
      g.setColor(c(0x3B2A1A));
      g.setStroke(new BasicStroke(8f));
      g.draw(new java.awt.geom.CubicCurve2D.Double(410, 250, 300, 330, 300, 520, 440, 560));
    }
  }

  private void box(Graphics2D g) {
    fill(g, new RoundRectangle2D.Double(340, 360, 520, 370, 24, 24));
    fill(g, new RoundRectangle2D.Double(320, 300, 560, 110, 24, 24), darker(palette[0], 10), palette[1]);
    if (has(nameEn.toLowerCase(Locale.ROOT), "tissue")) {
      g.setColor(darker(palette[0], 50));
      g.fill(new RoundRectangle2D.Double(480, 330, 240, 40, 40, 40));
      g.setColor(Color.WHITE);
      Path2D tissue = new Path2D.Double();
      tissue.moveTo(540, 350);
      tissue.quadTo(560, 220, 620, 250);
      tissue.quadTo(680, 200, 660, 350);
      tissue.closePath();
      g.fill(tissue);
    }
  }

  private void tray(Graphics2D g) {
    for (int i = 2; i >= 0; i--) {
      double w = 700 - i * 120;
      double y = 560 - i * 110;
      Shape dish = new Ellipse2D.Double(600 - w / 2, y, w, w * 0.34);
      fill(g, dish, i == 1 ? palette[1] : palette[0], palette[1]);
      g.setColor(darker(palette[0], 40));
      g.setStroke(new BasicStroke(12f));
      g.draw(dish);
    }
  }

  private void mat(Graphics2D g) {
    Path2D mat = new Path2D.Double();
    mat.moveTo(330, 330);
    mat.lineTo(930, 370);
    mat.lineTo(870, 720);
    mat.lineTo(250, 670);
    mat.closePath();
    fill(g, mat);
    g.setColor(darker(palette[0], 35));
    g.setStroke(new BasicStroke(12f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(mat);
    if (has(nameEn.toLowerCase(Locale.ROOT), "set", "coaster")) {
      Shape small = new RoundRectangle2D.Double(220, 220, 260, 200, 30, 30);
      fill(g, small, palette[1], palette[0]);
    }
  }

  private void ring(Graphics2D g) {
    Area band = new Area(new Ellipse2D.Double(360, 230, 480, 480));
    band.subtract(new Area(new Ellipse2D.Double(460, 330, 280, 280)));
    fill(g, band);
  }

  private void lamp(Graphics2D g) {
    g.setColor(c(0x3B2A1A));
    g.setStroke(new BasicStroke(8f));
    g.draw(new Line2D.Double(600, 0, 600, 220));
    Path2D dome = new Path2D.Double();
    dome.moveTo(600, 210);
    dome.curveTo(380, 220, 290, 480, 280, 600);
    dome.quadTo(600, 660, 920, 600);
    dome.curveTo(910, 480, 820, 220, 600, 210);
    dome.closePath();
    fill(g, dome);
    g.setPaint(new RadialGradientPaint(new Point2D.Float(600, 640), 200, new float[] {0f, 1f}, new Color[] {new Color(255, 230, 160, 200), new Color(255, 230, 160, 0)}));
    g.fill(new Ellipse2D.Double(400, 560, 400, 160));
  }

  // ---- processed foods ------------------------------------------------------------------------

  private void jar(Graphics2D g, Optional<Caption> caption) {
    Shape glass = new RoundRectangle2D.Double(380, 290, 440, 450, 90, 90);
    g.setColor(mix(palette[1], Color.WHITE, 50));
    g.fill(glass);
    Shape contents = new RoundRectangle2D.Double(392, 330, 416, 398, 80, 80);
    g.setPaint(new GradientPaint(392, 330, palette[0], 808, 728, darker(palette[0], 35)));
    g.fill(contents);
    // seeds and flakes in the paste
    Random random = new Random(seed() + 3);
    for (int i = 0; i < 70; i++) {
      g.setColor(i % 3 == 0 ? palette[1] : darker(palette[0], 50));
      g.fill(new Ellipse2D.Double(400 + random.nextInt(390), 340 + random.nextInt(370), 8 + random.nextInt(9), 5 + random.nextInt(6)));
    }
    glassShine(g, 410, 320, 440);
    g.setColor(new Color(0, 0, 0, 80));
    g.setStroke(new BasicStroke(4f));
    g.draw(glass);
    // the lid
    Shape lid = new RoundRectangle2D.Double(400, 220, 400, 96, 24, 24);
    g.setPaint(new GradientPaint(400, 220, mix(palette[2], Color.WHITE, 25), 400, 316, darker(palette[2], 35)));
    g.fill(lid);
    g.setColor(new Color(0, 0, 0, 60));
    for (int x = 414; x < 800; x += 16) {
      g.fill(new Rectangle2D.Double(x, 232, 5, 72));
    }
    label(g, new RoundRectangle2D.Double(360, 430, 480, 220, 26, 26), caption);
  }

  private void bottle(Graphics2D g, Optional<Caption> caption) {
    Path2D glass = new Path2D.Double();
    glass.moveTo(550, 170);
    glass.lineTo(650, 170);
    glass.lineTo(650, 260);
    glass.curveTo(650, 300, 760, 300, 760, 380);
    glass.lineTo(760, 720);
    glass.quadTo(760, 750, 730, 750);
    glass.lineTo(470, 750);
    glass.quadTo(440, 750, 440, 720);
    glass.lineTo(440, 380);
    glass.curveTo(440, 300, 550, 300, 550, 260);
    glass.closePath();
    g.setPaint(new GradientPaint(440, 300, palette[0], 760, 750, darker(palette[0], 45)));
    g.fill(glass);
    glassShine(g, 465, 340, 380);
    g.setColor(new Color(0, 0, 0, 90));
    g.setStroke(new BasicStroke(4f));
    g.draw(glass);
    g.setPaint(new GradientPaint(540, 120, mix(palette[2], Color.WHITE, 20), 540, 190, darker(palette[2], 30)));
    g.fill(new RoundRectangle2D.Double(540, 110, 120, 80, 16, 16));
    label(g, new RoundRectangle2D.Double(400, 440, 400, 220, 22, 22), caption);
  }

  private void pack(Graphics2D g, Optional<Caption> caption, Random random) {
    Path2D pouch = new Path2D.Double();
    pouch.moveTo(370, 190);
    pouch.lineTo(830, 190);
    pouch.quadTo(860, 470, 850, 740);
    pouch.quadTo(600, 770, 350, 740);
    pouch.quadTo(340, 470, 370, 190);
    pouch.closePath();
    boolean kraft = random.nextBoolean();
    Color paper = kraft ? c(0xC49A6C) : palette[0];
    g.setPaint(new GradientPaint(350, 190, mix(paper, Color.WHITE, 15), 850, 740, darker(paper, 25)));
    g.fill(pouch);
    // the seal along the top, with its teeth
    g.setColor(darker(paper, 20));
    g.fill(new Rectangle2D.Double(372, 190, 456, 44));
    g.setColor(new Color(0, 0, 0, 50));
    for (int x = 376; x < 826; x += 12) {
      g.fill(new Rectangle2D.Double(x, 194, 4, 36));
    }
    // a window showing what is inside
    Shape window = new Ellipse2D.Double(470, 270, 260, 150);
    g.setColor(mix(palette[1], Color.WHITE, 20));
    g.fill(window);
    Shape saved = g.getClip();
    g.clip(window);
    // grains, leaves and flakes are small and many; crackers, cookies and fruit pieces larger
    String words = (nameEn + " " + nameTh).toLowerCase(Locale.ROOT);
    boolean fine = has(words, "rice", "tea", "ginger", "sesame", "ข้าวหอม", "ข้าวกล้อง", "ชา", "ขิง") && !has(words, "cracker", "bar", "cake", "sweet");
    int pieces = fine ? 160 : 26;
    for (int i = 0; i < pieces; i++) {
      g.setColor(i % 2 == 0 ? palette[kraft ? 0 : 2] : darker(palette[1], 30));
      int size = fine ? 12 + random.nextInt(10) : 30 + random.nextInt(40);
      AffineTransform before = g.getTransform();
      g.rotate(random.nextDouble() * Math.PI, 600, 345);
      g.fill(new Ellipse2D.Double(460 + random.nextInt(260), 260 + random.nextInt(150), size, size * (fine ? 0.45 : 0.7)));
      g.setTransform(before);
    }
    g.setClip(saved);
    g.setColor(new Color(255, 255, 255, 150));
    g.setStroke(new BasicStroke(5f));
    g.draw(window);
    g.setColor(new Color(0, 0, 0, 80));
    g.setStroke(new BasicStroke(4f));
    g.draw(pouch);
    label(g, new RoundRectangle2D.Double(390, 450, 420, 230, 26, 26), caption);
  }

  private static void glassShine(Graphics2D g, int x, int y, int height) {
    g.setPaint(new GradientPaint(x, y, new Color(255, 255, 255, 150), x + 40, y, new Color(255, 255, 255, 0)));
    g.fill(new RoundRectangle2D.Double(x, y, 40, height, 30, 30));
  }

  /** A label on a food, with its name; without a font for it, a plain emblem rather than boxes. */
  private void label(Graphics2D g, RoundRectangle2D area, Optional<Caption> caption) {
    g.setColor(c(0xFBF6EA));
    g.fill(area);
    g.setColor(palette[2]);
    g.setStroke(new BasicStroke(6f));
    g.draw(new RoundRectangle2D.Double(area.getX() + 10, area.getY() + 10, area.getWidth() - 20, area.getHeight() - 20, 18, 18));
    if (caption.isEmpty()) {
      g.setColor(palette[0]);
      g.fill(new Ellipse2D.Double(area.getCenterX() - 45, area.getCenterY() - 45, 90, 90));
      g.setColor(c(0xFBF6EA));
      g.fill(leaf((int) area.getCenterX() - 30, (int) area.getCenterY(), 60, 24));
      return;
    }
    int width = (int) area.getWidth() - 60;
    int height = (int) area.getHeight() - 50;
    Font font = caption.get().font();
    FontRenderContext frc = g.getFontRenderContext();
    List<TextLayout> lines = List.of();
    for (float size = 60; size >= 22; size -= 4) {
      lines = lines(caption.get().text(), font.deriveFont(size), frc, width);
      if (lines.size() <= 3 && pixelsTall(lines) <= height && lines.stream().allMatch(l -> l.getAdvance() <= width)) {
        break;
      }
    }
    double y = area.getCenterY() - pixelsTall(lines) / 2;
    g.setColor(darker(palette[0], 35));
    for (TextLayout line : lines) {
      y += line.getAscent();
      line.draw(g, (float) (area.getCenterX() - line.getAdvance() / 2), (float) y);
      y += line.getDescent() + line.getLeading();
    }
  }

  /** Breaks a name into lines at word boundaries (Thai has no spaces: the JDK's dictionary finds them). */
  /** How tall these lines of a label stand, in whole pixels (the measure is the pixel grid's). */
  private static int pixelsTall(List<TextLayout> lines) {
    return lines.stream().mapToInt(l -> Math.round(l.getAscent() + l.getDescent() + l.getLeading())).sum();
  }

  private static List<TextLayout> lines(String text, Font font, FontRenderContext frc, int width) {
    BreakIterator breaks = BreakIterator.getLineInstance(Locale.forLanguageTag("th-TH"));
    breaks.setText(text);
    List<TextLayout> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int start = breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      String word = text.substring(start, end);
      String tried = line + word;
      if (line.length() > 0 && new TextLayout(tried.strip(), font, frc).getAdvance() > width) {
        lines.add(new TextLayout(line.toString().strip(), font, frc));
        line.setLength(0);
      }
      line.append(word);
    }
    if (!line.toString().isBlank()) {
      lines.add(new TextLayout(line.toString().strip(), font, frc));
    }
    return lines;
  }

  private void logoBadge(Graphics2D g, int cx, int cy, int r) {
    g.setColor(new Color(255, 255, 255, 210));
    g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {12f, 10f}, 0f));
    g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    g.setColor(palette[2]);
    Path2D star = new Path2D.Double();
    for (int i = 0; i < 10; i++) {
      double radius = i % 2 == 0 ? r * 0.55 : r * 0.24;
      double angle = -Math.PI / 2 + i * Math.PI / 5;
      double x = cx + radius * Math.cos(angle);
      double y = cy + radius * Math.sin(angle);
      if (i == 0) {
        star.moveTo(x, y);
      } else {
        star.lineTo(x, y);
      }
    }
    star.closePath();
    g.fill(star);
  }

  // ---- patterns -------------------------------------------------------------------------------

  private static final int TILE = 120;

  /** One repeat of a pattern, as a tile the shape is filled with. */
  private BufferedImage tile(Pattern pattern, Color main, Color second, Color accent) {
    BufferedImage tile = new BufferedImage(TILE, TILE, BufferedImage.TYPE_INT_RGB);
    Graphics2D t = tile.createGraphics();
    try {
      t.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      t.setColor(main);
      t.fillRect(0, 0, TILE, TILE);
      switch (pattern) {
        case PLAID -> {
          t.setColor(withAlpha(second, 150));
          t.fillRect(0, 20, TILE, 34);
          t.fillRect(20, 0, 34, TILE);
          t.setColor(withAlpha(accent, 170));
          t.fillRect(0, 84, TILE, 8);
          t.fillRect(84, 0, 8, TILE);
          threads(t, main);
        }
        case IKAT -> {
          for (int row = 0; row < 2; row++) {
            for (int col = 0; col < 2; col++) {
              int cx = col * 60 + (row % 2) * 30 + 15;
              int cy = row * 60 + 30;
              diamond(t, cx, cy, 30, 28, withAlpha(second, 230));
              diamond(t, cx, cy, 16, 14, accent);
              diamond(t, cx, cy, 6, 5, main);
            }
          }
          t.setColor(withAlpha(main, 70));
          for (int x = 0; x < TILE; x += 4) {
            t.fillRect(x, 0, 1, TILE);
          }
        }
        case WAVES -> {
          t.setStroke(new BasicStroke(9f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
          for (int row = 0; row < 4; row++) {
            t.setColor(row % 2 == 0 ? second : accent);
            Path2D zig = new Path2D.Double();
            double y = row * 30 + 15;
            zig.moveTo(-10, y + 10);
            for (int x = 0; x <= TILE + 20; x += 20) {
              zig.lineTo(x, y + ((x / 20) % 2 == 0 ? -10 : 10));
            }
            t.draw(zig);
          }
        }
        case JOK -> {
          t.setColor(withAlpha(second, 200));
          t.fillRect(0, 0, TILE, 10);
          t.fillRect(0, 60, TILE, 10);
          for (int i = 0; i < 2; i++) {
            int cy = i * 60 + 38;
            diamond(t, 30, cy, 22, 22, accent);
            diamond(t, 90, cy, 22, 22, second);
            diamond(t, 30, cy, 9, 9, main);
            diamond(t, 90, cy, 9, 9, main);
          }
          threads(t, main);
        }
        case BATIK -> {
          t.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
          t.setColor(second);
          t.draw(new java.awt.geom.CubicCurve2D.Double(0, 40, 40, -10, 80, 90, 120, 40));
          t.setColor(accent);
          Path2D fish = new Path2D.Double();
          fish.moveTo(40, 90);
          fish.quadTo(60, 70, 80, 90);
          fish.quadTo(60, 110, 40, 90);
          fish.lineTo(30, 80);
          fish.lineTo(30, 100);
          fish.closePath();
          t.fill(fish);
          t.setColor(withAlpha(second, 200));
          for (int i = 0; i < 6; i++) {
            t.fill(new Ellipse2D.Double(8 + i * 19, 10 + (i % 2) * 8, 7, 7));
          }
        }
        case STITCH -> {
          t.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
          for (int y = 0; y < TILE; y += 15) {
            for (int x = 0; x < TILE; x += 15) {
              int d = Math.abs(x - 60) + Math.abs(y - 60);
              if (d % 45 < 15 || d < 15) {
                t.setColor(d < 45 ? accent : second);
                t.drawLine(x + 3, y + 3, x + 12, y + 12);
                t.drawLine(x + 12, y + 3, x + 3, y + 12);
              }
            }
          }
        }
        case TIE_DYE -> {
          for (int r = 70; r > 0; r -= 14) {
            t.setColor(r % 28 == 0 ? withAlpha(second, 210) : main);
            t.fill(new Ellipse2D.Double(60 - r, 60 - r, 2 * r, 2 * r));
          }
        }
        case PATCHWORK -> {
          Color[] colours = {main, second, accent, mix(main, second, 50)};
          for (int i = 0; i < 4; i++) {
            t.setColor(colours[i]);
            t.fillRect((i % 2) * 60, (i / 2) * 60, 60, 60);
          }
          t.setColor(new Color(255, 255, 255, 140));
          t.setStroke(new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6f, 5f}, 0f));
          t.drawLine(60, 0, 60, TILE);
          t.drawLine(0, 60, TILE, 60);
        }
        case SHEEN -> {
          t.setPaint(new GradientPaint(0, 0, mix(main, Color.WHITE, 25), TILE, TILE, darker(main, 15), true));
          t.fillRect(0, 0, TILE, TILE);
          t.setColor(withAlpha(second, 170));
          t.fillRect(0, 100, TILE, 6);
          threads(t, main);
        }
        case WOVEN -> {
          t.setColor(withAlpha(second, 120));
          t.fillRect(0, 96, TILE, 12);
          t.setColor(withAlpha(accent, 140));
          t.fillRect(0, 110, TILE, 4);
          threads(t, main);
        }
        case CHECKER_WEAVE -> {
          for (int y = 0; y < TILE; y += 30) {
            for (int x = 0; x < TILE; x += 30) {
              boolean over = ((x + y) / 30) % 2 == 0;
              t.setPaint(over ? new GradientPaint(x, y, mix(main, Color.WHITE, 20), x + 30, y, darker(main, 10))
                  : new GradientPaint(x, y, mix(main, Color.WHITE, 5), x, y + 30, darker(main, 25)));
              t.fillRect(x, y, 30, 30);
              t.setColor(new Color(0, 0, 0, 60));
              t.drawRect(x, y, 30, 30);
            }
          }
        }
        case TWILL -> {
          for (int y = 0; y < TILE; y += 12) {
            for (int x = 0; x < TILE; x += 12) {
              boolean over = ((x / 12) + (y / 12)) % 4 < 2;
              boolean band = y >= 48 && y < 72;
              Color strand = band ? second : main;
              t.setColor(over ? mix(strand, Color.WHITE, 15) : darker(strand, 20));
              t.fillRect(x, y, 12, 12);
            }
          }
          t.setColor(new Color(0, 0, 0, 45));
          for (int y = 0; y < TILE; y += 12) {
            t.drawLine(0, y, TILE, y);
          }
        }
        case COIL -> {
          for (int y = 0; y < TILE; y += 20) {
            for (int x = -10 + (y / 20 % 2) * 10; x < TILE; x += 20) {
              t.setPaint(new GradientPaint(x, y, mix(main, Color.WHITE, 25), x + 20, y + 20, darker(main, 35)));
              t.fill(new Ellipse2D.Double(x, y, 22, 20));
            }
          }
        }
      }
    } finally {
      t.dispose();
    }
    return tile;
  }

  /** The fine lines of warp and weft on a cloth. */
  private static void threads(Graphics2D t, Color main) {
    t.setColor(withAlpha(darker(main, 30), 50));
    for (int i = 0; i < TILE; i += 3) {
      t.drawLine(i, 0, i, TILE);
    }
    t.setColor(withAlpha(mix(main, Color.WHITE, 50), 35));
    for (int i = 1; i < TILE; i += 3) {
      t.drawLine(0, i, TILE, i);
    }
  }

  private static void diamond(Graphics2D t, int cx, int cy, int rx, int ry, Color colour) {
    Path2D d = new Path2D.Double();
    d.moveTo(cx, cy - ry);
    d.lineTo(cx + rx, cy);
    d.lineTo(cx, cy + ry);
    d.lineTo(cx - rx, cy);
    d.closePath();
    t.setColor(colour);
    t.fill(d);
  }

  private static Color withAlpha(Color c, int alpha) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
  }
}
