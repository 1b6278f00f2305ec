package coop.fairshare.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.fairshare.account.Accounts;
import coop.fairshare.account.LoginCheck;
import coop.fairshare.account.NewShopper;
import coop.fairshare.account.Role;
import coop.fairshare.catalog.FoodFacts;
import coop.fairshare.catalog.GroupProducts;
import coop.fairshare.catalog.Product;
import coop.fairshare.catalog.ProductCatalog;
import coop.fairshare.catalog.ProductCategory;
import coop.fairshare.catalog.ProductQuery;
import coop.fairshare.catalog.ProductText;
import coop.fairshare.member.GroupDirectory;
import coop.fairshare.member.ProducerGroup;
import coop.fairshare.member.Region;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.Page;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The services inside Payara Micro, on MariaDB migrated by the app's own Flyway step. Each test
 * writes its own data, tagged so that it finds only its own rows.
 */
@ExtendWith(ArquillianExtension.class)
class ServicesIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar().addClasses(ServicesIT.class, coop.fairshare.catalog.TestImages.class);
  }

  @PersistenceContext
  private EntityManager em;

  @Resource
  private UserTransaction tx;

  @EJB
  private ProductCatalog catalog;

  @EJB
  private GroupDirectory directory;

  @EJB
  private Accounts accounts;

  @EJB
  private GroupProducts groupProducts;

  @EJB
  private coop.fairshare.order.Checkout checkout;

  @EJB
  private coop.fairshare.order.Orders orders;

  @EJB
  private coop.fairshare.order.ReservationExpiry expiry;

  @EJB
  private coop.fairshare.order.DeliveryRules delivery;

  @EJB
  private coop.fairshare.catalog.Stock stock;

  @Resource
  private jakarta.enterprise.concurrent.ManagedExecutorService executor;

  @EJB
  private coop.fairshare.catalog.ProductIllustrations illustrations;

  /** Where the app answers over HTTP: the test asks its own pages and photos. */
  @org.jboss.arquillian.test.api.ArquillianResource
  private java.net.URL deployed;

  @Test
  void theMigrationsBuiltTheSchemaAndNoDemoDataCameAlong() {
    assertEquals(5L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM region").getSingleResult()).longValue());
    assertEquals(List.of("NORTH", "NORTHEAST", "CENTRAL", "SOUTH", "BANGKOK"), directory.regions().stream().map(Region::code).toList());
    Number applied = (Number) em.createNativeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE version = '1' AND success = 1").getSingleResult();
    assertEquals(1L, applied.longValue());
    Number demoTables = (Number) em.createNativeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = 'flyway_demo_history'").getSingleResult();
    assertEquals(0L, demoTables.longValue(), "demo data must not load outside demo mode");
    String charset = (String) em.createNativeQuery("SELECT CCSA.character_set_name FROM information_schema.tables T JOIN information_schema.collation_character_set_applicability CCSA ON CCSA.collation_name = T.table_collation WHERE T.table_schema = DATABASE() AND T.table_name = 'product'").getSingleResult();
    assertEquals("utf8mb4", charset);
  }

  @Resource(lookup = coop.fairshare.shared.persistence.Database.JNDI_NAME)
  private javax.sql.DataSource dataSource;

  /**
   * The app's JVM is started in Bangkok's zone here (arquillian.xml), its MariaDB runs at -03:00
   * (TestDatabase): an instant the app writes and the one the database writes with
   * CURRENT_TIMESTAMP in the same row agree, and both read back as now.
   */
  @Test
  void timesWrittenByTheAppAndByTheDatabaseAgree() throws Exception {
    assertEquals("Asia/Bangkok", System.getProperty("user.timezone"), "the JVM was started in a zone of its own");
    try (java.sql.Connection c = dataSource.getConnection()) {
      try (java.sql.Statement zones = c.createStatement(); java.sql.ResultSet zone = zones.executeQuery("SELECT @@global.time_zone, @@session.time_zone")) {
        assertTrue(zone.next());
        assertEquals(coop.fairshare.launcher.TestDatabase.SERVER_ZONE, zone.getString(1), "the server keeps a zone of its own");
        assertEquals("+00:00", zone.getString(2), "the app's sessions speak UTC");
      }
      try (java.sql.Statement create = c.createStatement()) {
        create.execute("CREATE TEMPORARY TABLE clock_check (by_app TIMESTAMP(3) NOT NULL, by_db TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3))");
      }
      java.time.Instant now = java.time.Instant.now();
      try (java.sql.PreparedStatement insert = c.prepareStatement("INSERT INTO clock_check (by_app) VALUES (?)")) {
        insert.setTimestamp(1, java.sql.Timestamp.from(now));
        insert.executeUpdate();
      }
      try (java.sql.Statement read = c.createStatement(); java.sql.ResultSet row = read.executeQuery("SELECT by_app, by_db, UNIX_TIMESTAMP(by_app), UNIX_TIMESTAMP(by_db) FROM clock_check")) {
        assertTrue(row.next());
        assertEquals(now.toEpochMilli(), row.getTimestamp(1).toInstant().toEpochMilli(), "the app reads back what it wrote");
        assertTrue(Math.abs(row.getTimestamp(2).toInstant().getEpochSecond() - now.getEpochSecond()) < 60, "the database's now reads as the app's now: " + row.getTimestamp(2).toInstant() + " vs " + now);
        assertTrue(Math.abs(row.getLong(3) - row.getLong(4)) < 60, "stored, the two are the same instant: " + row.getLong(3) + " vs " + row.getLong(4));
        assertTrue(Math.abs(row.getLong(3) - now.getEpochSecond()) < 60, "stored as the true instant");
      } finally {
        try (java.sql.Statement drop = c.createStatement()) {
          drop.execute("DROP TEMPORARY TABLE clock_check");
        }
      }
    }
  }

  @Test
  void thaiSearchFindsWordsInsideLongerThaiText() throws Exception {
    String tag = tag();
    tx.begin();
    ProducerGroup group = newGroup(tag, 3L);
    Product paste = newProduct(group, tag + "-1", ProductCategory.PROCESSED_FOOD, new ProductText("น้ำพริกเผาสูตรโบราณ", "Old-style roasted chili paste", "น้ำพริกเผาหอมกลิ่นกะปิ", "Roasted chili paste with shrimp paste"), 8500);
    Product cloth = newProduct(group, tag + "-2", ProductCategory.HANDICRAFT, new ProductText("ผ้าฝ้ายทอมือย้อมสีธรรมชาติ", "Hand-woven naturally dyed cotton", "ผ้าพันคอฝ้ายย้อมครามจากบ้านดอน", "A scarf of indigo-dyed cotton"), 45000);
    tx.commit();

    assertEquals(Set.of(paste.id()), ids(search(group, null, "น้ำพริก")), "a prefix of the compound น้ำพริกเผา");
    assertEquals(Set.of(paste.id()), ids(search(group, null, "พริกเผา")), "a word inside the compound");
    assertEquals(Set.of(cloth.id()), ids(search(group, null, "ฝ้ายทอมือ")), "several Thai words typed without spaces");
    assertEquals(Set.of(cloth.id()), ids(search(group, null, "ทอมือ ย้อมคราม")), "words in another order than in the text");
    assertEquals(Set.of(), ids(search(group, null, "ย้อมไหม")), "every word must be there");
    assertEquals(Set.of(paste.id()), ids(search(group, null, "CHILI Paste")), "English ignores case");
    assertEquals(Set.of(paste.id(), cloth.id()), ids(search(group, null, null)));
    assertEquals(Set.of(cloth.id()), ids(search(group, ProductCategory.HANDICRAFT, null)));
    assertEquals(Set.of(), ids(catalog.search(new ProductQuery(null, "SOUTH", group.id(), null, 0, 20))), "the group is in the Central region");
    assertEquals(Set.of(), ids(search(group, null, "100%_!")), "LIKE wildcards typed by a shopper are plain characters");
  }

  /**
   * The catalog's search narrows by the trigram index (product_search_gram) and confirms with its
   * LIKE: it must find exactly what a plain LIKE over every product finds, in the same order, follow
   * a product whose words change, stop counting at 1,000 while paging on, and read only the rows
   * the grams lead to (a scan of every product would read them all).
   */
  @Test
  void theSearchFindsWhatAPlainLikeFindsButReadsOnlyWhatTheGramsLeadTo() throws Exception {
    String tag = tag();
    tx.begin();
    ProducerGroup group = newGroup(tag, 3L);
    Product paste = newProduct(group, tag + "-1", ProductCategory.PROCESSED_FOOD, new ProductText("น้ำพริกเผาสูตรโบราณ", "Old-style roasted chili paste", "น้ำพริกเผาหอมกลิ่นกะปิ", "Roasted chili paste with shrimp paste"), 8500);
    newProduct(group, tag + "-2", ProductCategory.PROCESSED_FOOD, new ProductText("น้ำพริกหนุ่ม", "Green chili dip", "พริกหนุ่มย่าง", "Grilled green chilies"), 6000);
    newProduct(group, tag + "-3", ProductCategory.PROCESSED_FOOD, new ProductText("น้ำผึ้งป่า", "Wild honey", "น้ำผึ้งจากป่าชุมชน", "Honey from the community forest"), 22000).feature(true);
    newProduct(group, tag + "-4", ProductCategory.HANDICRAFT, new ProductText("ผ้าไหมมัดหมี่", "Mudmee silk", "ผ้าไหมทอมือ", "Hand-woven ikat silk"), 320000);
    newProduct(group, tag + "-5", ProductCategory.HANDICRAFT, new ProductText("ผ้าฝ้ายทอมือ", "Handwoven cotton", "ผ้าพันคอสีคราม", "An indigo scarf"), 45000);
    tx.commit();

    for (String typed : List.of("น้ำพริก", "พริกเผา", "น้ำ", "น้ำผึ้ง", "ผ้าไหม", "ผ้า", "ไหม", "มือ", "silk", "chili paste", "CHILI", "ka", "ho", "ney", "ผ้าไหม silk", "เผาไหม้", tag)) {
      for (Long inGroup : java.util.Arrays.asList(group.id(), null)) {
        for (coop.fairshare.catalog.ProductSort sort : coop.fairshare.catalog.ProductSort.values()) {
          Page<Product> found = catalog.search(new ProductQuery(null, null, inGroup, typed, null, null, sort, 0, 100));
          List<Long> plain = plainLike(typed, inGroup, sort);
          assertEquals(plain.subList(0, Math.min(100, plain.size())), found.items().stream().map(Product::id).toList(), typed + " in " + inGroup + " by " + sort);
          assertEquals(Math.min(plain.size(), ProductCatalog.COUNTED_AT_MOST + 1L), found.total(), typed + " counted");
        }
      }
    }
    assertEquals(List.of(paste.id()), catalog.search(new ProductQuery(null, null, group.id(), "พริกเผา", 0, 20)).items().stream().map(Product::id).toList(), "a word inside the compound น้ำพริกเผา");

    // new words: found by them, no longer by the old ones, and its grams are the new text's
    tx.begin();
    em.find(Product.class, paste.id()).describe(new ProductText("แกงเขียวหวาน", "Green curry paste", "เครื่องแกงเขียวหวาน", "For green curry"));
    tx.commit();
    assertEquals(Set.of(), ids(search(group, null, "พริกเผา")), "its old words find it no more");
    assertEquals(Set.of(paste.id()), ids(search(group, null, "เขียวหวาน")), "its new words find it");
    assertEquals(Set.of(paste.id()), ids(search(group, null, "curry")));
    String text = (String) em.createNativeQuery("SELECT search_text FROM product WHERE id = ?").setParameter(1, paste.id()).getSingleResult();
    @SuppressWarnings("unchecked")
    List<String> grams = em.createNativeQuery("SELECT gram FROM product_search_gram WHERE product_id = ?").setParameter(1, paste.id()).getResultList();
    assertEquals(coop.fairshare.shared.SearchGrams.of(text), Set.copyOf(grams), "the grams are the new text's, none of the old");
    assertEquals(grams.size(), Set.copyOf(grams).size());

    // a word in 1,010 products (many at one price): counted to 1,000 and one more ("1,000+"), and every page still reached
    String common = "common" + tag.toLowerCase(java.util.Locale.ROOT);
    tx.begin();
    em.createNativeQuery("INSERT INTO product (sku, group_id, category, name_th, name_en, description_th, description_en, price_satang, weight_grams, active, featured, search_text)"
        + " SELECT CONCAT('IT-', ?, '-C', seq), ?, 'HANDICRAFT', CONCAT('ผ้า ', seq), CONCAT('Cloth ', seq), 'ผ้าทอ', 'Woven', 10000 + seq % 50 * 100, 200, TRUE, FALSE, CONCAT(?, ' ', seq)"
        + " FROM seq_1_to_1010").setParameter(1, tag).setParameter(2, group.id()).setParameter(3, common).executeUpdate();
    em.createNativeQuery("INSERT IGNORE INTO product_search_gram (gram, product_id) SELECT SUBSTRING(p.search_text, s.seq, 3), p.id"
        + " FROM product p JOIN seq_1_to_65535 s ON s.seq <= CHAR_LENGTH(p.search_text) - 2"
        + " WHERE p.sku LIKE CONCAT('IT-', ?, '-C%') AND LOCATE(' ', SUBSTRING(p.search_text, s.seq, 3)) = 0").setParameter(1, tag).executeUpdate();
    tx.commit();
    Page<Product> first = catalog.search(new ProductQuery(null, null, null, common, 0, 24));
    assertEquals(ProductCatalog.COUNTED_AT_MOST + 1L, first.total(), "counting stops one past 1,000");
    assertTrue(ProductCatalog.countStopped(first));
    assertTrue(first.hasNext());
    Page<Product> past = catalog.search(new ProductQuery(null, null, null, common, 41, 24));
    assertEquals(24, past.items().size(), "rows 985 to 1,008");
    assertTrue(past.hasNext(), "more than the page's end: a next page");
    // more matches than were counted: the page is sought in its order by MariaDB; every match in hand
    // (the last page, and every search above): cut from them; the same order either way
    for (coop.fairshare.catalog.ProductSort sort : coop.fairshare.catalog.ProductSort.values()) {
      List<Long> plain = plainLike(common, null, sort);
      for (int page : new int[] {0, 41, 42}) {
        Page<Product> found = catalog.search(new ProductQuery(null, null, null, common, null, null, sort, page, 24));
        assertEquals(plain.subList(page * 24, Math.min(plain.size(), page * 24 + 24)), found.items().stream().map(Product::id).toList(), "page " + page + " by " + sort);
      }
    }
    Page<Product> last = catalog.search(new ProductQuery(null, null, null, common, 42, 24));
    assertEquals(2, last.items().size());
    assertEquals(1010, last.total(), "the last page counts exactly");
    assertFalse(last.hasNext());
    assertFalse(ProductCatalog.countStopped(last));
    assertEquals(plainLike(common, null, coop.fairshare.catalog.ProductSort.FEATURED).subList(1008, 1010), last.items().stream().map(Product::id).toList());
    String shown = page("catalog/?q=" + common);
    assertTrue(shown.contains("พบสินค้ามากกว่า 1,000 รายการ"), "the page says more than 1,000 were found");
    assertTrue(shown.contains("id=\"next-page\""), "and offers the next page");
    String english = page("catalog/?page=42&q=" + common, "Cookie", coop.fairshare.shared.web.Language.COOKIE + "=en");
    assertTrue(english.contains("1,010 products found"), "the last page counts exactly");

    // what MariaDB read: a rare word through its grams reads a few rows; the plain LIKE reads every product
    long products = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM product").getSingleResult()).longValue();
    tx.begin();
    try {
      java.sql.Connection session = em.unwrap(java.sql.Connection.class);
      long before = rowsRead(session);
      Page<Product> rare = catalog.search(new ProductQuery(null, null, null, "เขียวหวาน", 0, 24));
      long bySearch = rowsRead(session) - before;
      before = rowsRead(session);
      List<Long> scanned = plainLike("เขียวหวาน", null, coop.fairshare.catalog.ProductSort.FEATURED);
      long byScan = rowsRead(session) - before;
      assertEquals(scanned, rare.items().stream().map(Product::id).toList());
      assertTrue(byScan >= products, "the plain LIKE reads every product (" + products + "): " + byScan + " rows");
      assertTrue(bySearch > 0 && bySearch < products / 10, "the search reads what its grams lead to, not the " + products + " products: " + bySearch + " rows");
    } finally {
      tx.commit();
    }
  }

  /** Rows MariaDB's handlers read in this session so far (the catalog's queries run on it inside the same transaction). */
  private static long rowsRead(java.sql.Connection session) throws java.sql.SQLException {
    long rows = 0;
    try (java.sql.Statement status = session.createStatement();
        java.sql.ResultSet row = status.executeQuery("SHOW SESSION STATUS WHERE Variable_name IN ('Handler_read_first', 'Handler_read_key', 'Handler_read_last', 'Handler_read_next', 'Handler_read_prev', 'Handler_read_rnd', 'Handler_read_rnd_next')")) {
      while (row.next()) {
        rows += row.getLong(2);
      }
    }
    return rows;
  }

  /** The ids a plain LIKE of every typed word over every product finds, in the search's order: what the search must answer. */
  @SuppressWarnings("unchecked")
  private List<Long> plainLike(String typed, Long groupId, coop.fairshare.catalog.ProductSort sort) {
    StringBuilder sql = new StringBuilder("SELECT p.id FROM product p WHERE p.active = TRUE");
    List<String> words = coop.fairshare.shared.ThaiText.words(typed);
    for (int i = 0; i < words.size(); i++) {
      sql.append(" AND p.search_text LIKE ?").append(i + 1);
    }
    if (groupId != null) {
      sql.append(" AND p.group_id = ").append(groupId.longValue());
    }
    sql.append(" ORDER BY ").append(switch (sort) {
      case FEATURED -> "p.featured DESC, p.id";
      case PRICE_LOW -> "p.price_satang ASC, p.id";
      case PRICE_HIGH -> "p.price_satang DESC, p.id DESC";
      case NEWEST -> "p.id DESC";
    });
    jakarta.persistence.Query query = em.createNativeQuery(sql.toString());
    for (int i = 0; i < words.size(); i++) {
      // none of these words holds a LIKE wildcard
      query.setParameter(i + 1, "%" + words.get(i) + "%");
    }
    return ((List<Number>) query.getResultList()).stream().map(Number::longValue).toList();
  }

  @Test
  void pagingCountsEveryMatchAndHiddenProductsStayHidden() throws Exception {
    String tag = tag();
    tx.begin();
    ProducerGroup group = newGroup(tag, 1L);
    for (int i = 1; i <= 5; i++) {
      newProduct(group, tag + "-" + i, ProductCategory.HANDICRAFT, new ProductText("ตะกร้าผักตบชวา " + i, "Water hyacinth basket " + i, "จักสานด้วยมือ", "Hand woven"), 30000 + i);
    }
    Product hidden = newProduct(group, tag + "-9", ProductCategory.HANDICRAFT, new ProductText("ตะกร้าเก่า", "Old basket", "ไม่ขายแล้ว", "No longer sold"), 100);
    hidden.deactivate();
    tx.commit();

    Page<Product> first = catalog.search(new ProductQuery(null, null, group.id(), null, 0, 2));
    Page<Product> last = catalog.search(new ProductQuery(null, null, group.id(), null, 2, 2));
    assertEquals(5, first.total());
    assertEquals(3, first.totalPages());
    assertEquals(2, first.items().size());
    assertEquals(1, last.items().size());
    assertFalse(last.hasNext());
    assertTrue(catalog.product(hidden.id()).isEmpty(), "a hidden product has no public page");
    assertFalse(catalog.productsOfGroup(group.id()).stream().anyMatch(p -> p.id().equals(hidden.id())));
  }

  @Test
  void theDatabaseItselfRefusesNegativeStockAndFoodWithoutFacts() throws Exception {
    String tag = tag();
    tx.begin();
    ProducerGroup group = newGroup(tag, 2L);
    Product basket = newProduct(group, tag + "-1", ProductCategory.HANDICRAFT, new ProductText("กระติบข้าว", "Sticky rice basket", "ไม้ไผ่สาน", "Woven bamboo"), 12000);
    tx.commit();

    tx.begin();
    try {
      assertThrows(Exception.class, () -> {
        em.createNativeQuery("UPDATE product SET stock = -1 WHERE id = ?").setParameter(1, basket.id()).executeUpdate();
      });
    } finally {
      tx.rollback();
    }
    tx.begin();
    try {
      assertThrows(Exception.class, () -> {
        em.createNativeQuery("UPDATE product SET category = 'PROCESSED_FOOD' WHERE id = ?").setParameter(1, basket.id()).executeUpdate();
      });
    } finally {
      tx.rollback();
    }
    assertEquals(3, em.find(Product.class, basket.id()).stock(), "the refused update changed nothing");
  }

  @Test
  void aShopperRegistersWithAHashedPasswordAndDuplicatesAreRefused() throws Exception {
    String username = "shopper-" + tag().toLowerCase();
    accounts.registerShopper(new NewShopper(username, "คุณทดสอบ", username + "@example.org", "long-enough-pw"));

    String hash = (String) em.createNativeQuery("SELECT password_hash FROM user_account WHERE username = ?").setParameter(1, username).getSingleResult();
    assertTrue(hash.startsWith("PBKDF2WithHmacSHA512:210000:"), hash.substring(0, 30));
    assertFalse(hash.contains("long-enough-pw"));

    BusinessRuleViolation taken = assertThrows(BusinessRuleViolation.class,
        () -> accounts.registerShopper(new NewShopper(username, "อีกคน", "other-" + username + "@example.org", "long-enough-pw")));
    assertEquals("registration.username.taken", taken.messageKey());
    BusinessRuleViolation emailTaken = assertThrows(BusinessRuleViolation.class,
        () -> accounts.registerShopper(new NewShopper(username + "x", "อีกคน", username.toUpperCase() + "@EXAMPLE.ORG", "long-enough-pw")));
    assertEquals("registration.email.taken", emailTaken.messageKey());

    ConstraintViolationException invalid = assertThrows(ConstraintViolationException.class,
        () -> accounts.registerShopper(new NewShopper("Bad Name", "", "not-an-email", "short")));
    Set<String> keys = invalid.getConstraintViolations().stream().map(v -> v.getMessageTemplate()).collect(Collectors.toSet());
    assertEquals(Set.of("{registration.username.pattern}", "{registration.displayName.required}", "{registration.email.invalid}", "{registration.password.size}"), keys);
    assertEquals(0L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM user_account WHERE username IN ('bad name', ?)").setParameter(1, username + "x").getSingleResult()).longValue());
  }

  @Test
  void repeatedWrongPasswordsSlowTheAddressTheyCameFromNotTheAccountsOwner() {
    String username = "slowed-" + tag().toLowerCase();
    accounts.registerShopper(new NewShopper(username, "คุณช้าลง", username + "@example.org", "the-right-password"));
    String owner = "198.51.100.7";
    String stranger = "203.0.113.50";

    LoginCheck.Valid first = assertInstanceOf(LoginCheck.Valid.class, accounts.checkPassword(username, "the-right-password".toCharArray(), owner));
    assertEquals(Role.SHOPPER, first.role());
    for (int i = 1; i <= 5; i++) {
      assertInstanceOf(LoginCheck.Refused.class, accounts.checkPassword(username, ("wrong-" + i).toCharArray(), stranger));
    }
    // from the stranger's address even the right password waits; the answer is the same refusal
    assertInstanceOf(LoginCheck.Refused.class, accounts.checkPassword(username, "the-right-password".toCharArray(), stranger));
    // the owner at her own address is not kept out
    assertInstanceOf(LoginCheck.Valid.class, accounts.checkPassword(username, "the-right-password".toCharArray(), owner));
    assertInstanceOf(LoginCheck.Refused.class, accounts.checkPassword("nobody-" + tag().toLowerCase(), "x".toCharArray(), stranger));
    assertInstanceOf(LoginCheck.Refused.class, accounts.checkPassword(null, "x".toCharArray(), null));
  }

  @Test
  void membersAndAGroupsWorkspaceAreClosedToAnonymousCallers() {
    assertThrows(EJBAccessException.class, () -> directory.members(null));
    assertThrows(EJBAccessException.class, () -> directory.groupSummaries(null, 0, 50));
    assertThrows(EJBAccessException.class, () -> directory.activeMembersCountedToLimit());
    assertThrows(EJBAccessException.class, () -> groupProducts.mine());
    assertThrows(EJBAccessException.class, () -> accounts.caller());
  }

  @Test
  void fiftyShoppersRaceForTheLastTenUnitsAndExactlyTenGetOne() throws Exception {
    String tag = tag();
    tx.begin();
    ProducerGroup group = newGroup(tag, 4L);
    Product basket = newProduct(group, tag + "-1", ProductCategory.HANDICRAFT, new ProductText("กระเป๋ากระจูด", "Krajood bag", "สานมือ", "Hand woven"), 39000);
    onTheShelf(basket.standardVariant(), 10); // the last 10
    tx.commit();
    long variant = basket.standardVariant().id();

    List<java.util.concurrent.Future<String>> shoppers = new java.util.ArrayList<>();
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    for (int i = 0; i < 50; i++) {
      String reference = "race-" + tag + "-" + i;
      shoppers.add(executor.submit(() -> {
        start.await();
        try {
          stock.reserve(variant, 1, reference);
          return "got one";
        } catch (coop.fairshare.catalog.NotEnoughStock e) {
          return e.messageKey() + ":" + e.arguments()[0];
        }
      }));
    }
    start.countDown();
    List<String> outcomes = new java.util.ArrayList<>();
    for (java.util.concurrent.Future<String> shopper : shoppers) {
      outcomes.add(shopper.get());
    }
    assertEquals(10, outcomes.stream().filter("got one"::equals).count());
    assertEquals(40, outcomes.stream().filter("stock.notEnough:0"::equals).count(), "the others are told nothing is left");
    Object[] shelf = (Object[]) em.createNativeQuery("SELECT stock, reserved FROM product_variant WHERE id = ?").setParameter(1, variant).getSingleResult();
    assertEquals(10, ((Number) shelf[0]).intValue(), "held units stay on the shelf until paid");
    assertEquals(10, ((Number) shelf[1]).intValue(), "all ten are held");
    assertEquals(0, stock.available(variant), "nothing is left to buy");
    Object[] log = (Object[]) em.createNativeQuery("SELECT COUNT(*), SUM(reserved_change), MAX(reserved_after), SUM(quantity) FROM stock_movement WHERE variant_id = ? AND kind = 'RESERVED'")
        .setParameter(1, variant).getSingleResult();
    assertEquals(10L, ((Number) log[0]).longValue(), "one movement per unit held");
    assertEquals(10L, ((Number) log[1]).longValue(), "the movement log agrees with the shelf");
    assertEquals(10, ((Number) log[2]).intValue());
    assertEquals(0L, ((Number) log[3]).longValue(), "holding takes nothing off the shelf yet");

    assertEquals(9, stock.release(variant, 1, "race-" + tag + "-lapsed").reservedAfter(), "a lapsed reservation goes back on sale");
    assertEquals(1, stock.available(variant));
  }

  @Test
  void anOrderThatCannotBeReleasedIsSkippedAndHoldsBackNoneOfTheOthers() throws Exception {
    String tag = tag();
    tx.begin();
    ProducerGroup group = newGroup(tag, 3L);
    Product broken = newProduct(group, tag + "-B", ProductCategory.HANDICRAFT, new ProductText("ย่ามปัก", "Embroidered bag", "ปักมือ", "Hand embroidered"), 25000);
    Product sound = newProduct(group, tag + "-S", ProductCategory.HANDICRAFT, new ProductText("ผ้าซิ่น", "Sarong", "ทอมือ", "Hand woven"), 55000);
    tx.commit();
    long brokenVariant = broken.standardVariant().id();
    long soundVariant = sound.standardVariant().id();
    String first = placeOne(brokenVariant, "first-" + tag);
    String second = placeOne(soundVariant, "second-" + tag);
    tx.begin();
    em.createNativeQuery("UPDATE shop_order SET reserved_until = TIMESTAMPADD(MINUTE, -1, CURRENT_TIMESTAMP(3)) WHERE order_number IN (?, ?)").setParameter(1, first)
        .setParameter(2, second).executeUpdate();
    // the first order's held units went missing (a hand edit, a bug): releasing it must fail
    em.createNativeQuery("UPDATE product_variant SET reserved = 0 WHERE id = ?").setParameter(1, brokenVariant).executeUpdate();
    tx.commit();

    expiry.releaseLapsed();

    assertEquals("AWAITING_PAYMENT", em.createNativeQuery("SELECT state FROM shop_order WHERE order_number = ?").setParameter(1, first).getSingleResult(),
        "the order that cannot be released is left as it was, its own transaction rolled back");
    // this run or the instance's own timer (every 2 s here, skipping rows the other holds) releases it
    assertEquals("CANCELLED", stateSoon(second, "CANCELLED"), "the order after it was released all the same");
    assertEquals(3, stock.available(soundVariant));

    // mended, the next run releases it too
    tx.begin();
    em.createNativeQuery("UPDATE product_variant SET reserved = 1 WHERE id = ?").setParameter(1, brokenVariant).executeUpdate();
    tx.commit();
    expiry.releaseLapsed();
    assertEquals("CANCELLED", stateSoon(first, "CANCELLED"));
    assertEquals(3, stock.available(brokenVariant));
  }

  /** An order's state once it is the one expected, or after 10 s whatever it is. */
  private String stateSoon(String number, String expected) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 10_000;
    String state;
    do {
      state = (String) em.createNativeQuery("SELECT state FROM shop_order WHERE order_number = ?").setParameter(1, number).getSingleResult();
      if (expected.equals(state)) {
        return state;
      }
      Thread.sleep(100);
    } while (System.currentTimeMillis() < deadline);
    return state;
  }

  private String placeOne(long variant, String email) {
    coop.fairshare.order.Cart cart = new coop.fairshare.order.Cart();
    cart.add(variant, 1);
    return checkout.place(cart, new coop.fairshare.order.CheckoutForm("สมศรี ใจดี", "081-234-5678", "12 ถนนราชดำเนิน", "บ่อยาง", "เมืองสงขลา",
        "TH-90", "90000", email.toLowerCase(java.util.Locale.ROOT) + "@example.org", coop.fairshare.payment.PaymentMethod.BANK_TRANSFER, "th")).number();
  }

  @Test
  void aLapsedUnpaidOrderIsCancelledOnceByTheTimerAndItsStockGoesBackOnSale() throws Exception {
    String tag = tag();
    tx.begin();
    ProducerGroup group = newGroup(tag, 2L);
    Product honey = newProduct(group, tag + "-H", ProductCategory.HANDICRAFT, new ProductText("ผ้าขาวม้า", "Pha khao ma", "ทอมือ", "Hand woven"), 15000);
    tx.commit();
    long variant = honey.standardVariant().id();
    coop.fairshare.order.Cart cart = new coop.fairshare.order.Cart();
    cart.add(variant, 2);
    String number = checkout.place(cart, new coop.fairshare.order.CheckoutForm("สมศรี ใจดี", "081-234-5678", "12 ถนนราชดำเนิน", "บ่อยาง", "เมืองสงขลา",
        "TH-90", "90000", "lapse@example.org", coop.fairshare.payment.PaymentMethod.BANK_TRANSFER, "th")).number();
    assertEquals(1, stock.available(variant), "two of three held for the order");

    expiry.releaseLapsed();
    assertEquals(1, stock.available(variant), "a reservation still running is left alone");

    tx.begin();
    em.createNativeQuery("UPDATE shop_order SET reserved_until = TIMESTAMPADD(MINUTE, -1, CURRENT_TIMESTAMP(3)) WHERE order_number = ?").setParameter(1, number).executeUpdate();
    tx.commit();
    // every instance's timer fires at once: the order is still cancelled and released only once
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.Future<?>> timers = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      timers.add(executor.submit(() -> {
        start.await();
        expiry.releaseLapsed();
        return null;
      }));
    }
    start.countDown();
    for (java.util.concurrent.Future<?> timer : timers) {
      timer.get();
    }
    assertEquals("CANCELLED", em.createNativeQuery("SELECT state FROM shop_order WHERE order_number = ?").setParameter(1, number).getSingleResult());
    assertEquals(3, stock.available(variant), "the held units are back on sale");
    assertEquals(1L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM stock_movement WHERE variant_id = ? AND kind = 'RELEASED'").setParameter(1, variant)
        .getSingleResult()).longValue(), "released once");
    assertEquals(0, expiry.releaseLapsed(), "nothing left to cancel");
  }

  @Test
  void theCatalogFiltersByPriceRangeAndSortsByPrice() throws Exception {
    String tag = tag();
    tx.begin();
    ProducerGroup group = newGroup(tag, 3L);
    Product cheap = newProduct(group, tag + "-C", ProductCategory.HANDICRAFT, new ProductText("พวงกุญแจ", "Key ring", "ถักมือ", "Crocheted"), 4500);
    Product middle = newProduct(group, tag + "-M", ProductCategory.HANDICRAFT, new ProductText("กระเป๋าผ้า", "Cloth bag", "เย็บมือ", "Hand sewn"), 25000);
    Product dear = newProduct(group, tag + "-D", ProductCategory.HANDICRAFT, new ProductText("ผ้าไหม", "Silk", "ทอมือ", "Hand woven"), 320000);
    tx.commit();

    Page<Product> range = catalog.search(new ProductQuery(null, null, group.id(), null, Money.ofBaht(45), Money.ofBaht(250), coop.fairshare.catalog.ProductSort.PRICE_HIGH, 0, 20));
    assertEquals(List.of(middle.id(), cheap.id()), range.items().stream().map(Product::id).toList(), "both ends of the range count, dearest first");
    Page<Product> cheapestFirst = catalog.search(new ProductQuery(null, null, group.id(), null, null, null, coop.fairshare.catalog.ProductSort.PRICE_LOW, 0, 20));
    assertEquals(List.of(cheap.id(), middle.id(), dear.id()), cheapestFirst.items().stream().map(Product::id).toList());
    assertThrows(coop.fairshare.shared.BadInput.class, () -> new ProductQuery(null, null, null, null, Money.ofBaht(300), Money.ofBaht(100), null, 0, 20));
  }

  @Test
  void allSeventySevenProvincesAndTheShippingTableComeWithTheSchema() {
    assertEquals(77, delivery.provinces().size());
    coop.fairshare.order.Province chiangMai = delivery.province("TH-50").orElseThrow();
    assertEquals("เชียงใหม่", chiangMai.nameTh());
    assertEquals("50", chiangMai.postcodePrefix());
    assertEquals("NORTH", chiangMai.region().code());
    assertEquals("10", delivery.province("TH-10").orElseThrow().postcodePrefix());
    assertTrue(delivery.province("TH-99").isEmpty());
    coop.fairshare.order.ShippingTable table = delivery.shippingTable();
    assertEquals(Money.ofBaht(40), table.feeFor(500).orElseThrow());
    assertEquals(Money.ofBaht(50), table.feeFor(800).orElseThrow());
    assertTrue(table.feeFor(table.heaviestParcelGrams() + 1).isEmpty());
    assertThrows(EJBAccessException.class, () -> delivery.replaceShippingTable(table.bands()));
  }

  /**
   * The demo's picture job, as two instances starting together and then a restart run it: one
   * illustration per product, the main picture, stored through the photo pipeline (a display JPEG
   * and a thumbnail under a random key), and no second one however often it runs.
   */
  @Test
  void theDemoPictureJobStoresOneIllustrationPerProductHoweverOftenItRuns() throws Exception {
    String tag = tag();
    tx.begin();
    ProducerGroup group = newGroup(tag, 2L);
    List<Product> products = List.of(
        newProduct(group, tag + "-1", ProductCategory.HANDICRAFT, new ProductText("ผ้าพันคอไหมมัดหมี่", "Mudmee silk scarf", "ทอมือ", "Hand woven"), 65000),
        newProduct(group, tag + "-2", ProductCategory.PROCESSED_FOOD, new ProductText("น้ำพริกเผา", "Roasted chili paste", "สูตรโบราณ", "An old recipe"), 8500),
        newProduct(group, tag + "-3", ProductCategory.OEM, new ProductText("กระเป๋าผ้าดิบ (ต่อใบ)", "Calico tote bag (per piece)", "สั่งผลิต", "Made to order"), 9000));
    tx.commit();
    List<Long> ids = products.stream().map(Product::id).toList();
    assertTrue(illustrations.productsWithoutPhotos().containsAll(ids), "the job finds the new products");

    List<java.util.concurrent.Future<Integer>> together = List.of(executor.submit(() -> illustrations.illustrate(ids)),
        executor.submit(() -> illustrations.illustrate(ids)));
    int stored = 0;
    for (java.util.concurrent.Future<Integer> run : together) {
      stored += run.get(3, java.util.concurrent.TimeUnit.MINUTES);
    }
    assertEquals(3, stored, "two runs at once store each product's picture once");
    // a restart runs the job again; the whole job would also draw every other test's products
    // (a minute in this shared database), so it is run over this test's own ones
    assertEquals(0, illustrations.illustrate(ids), "a second run stores nothing");
    assertTrue(java.util.Collections.disjoint(illustrations.productsWithoutPhotos(), ids), "the job no longer finds them");

    for (long id : ids) {
      assertEquals(1L, count("SELECT COUNT(*) FROM product_photo WHERE product_id = ?1", id), "product " + id);
      assertEquals(1L, count("SELECT COUNT(*) FROM product_photo WHERE product_id = ?1 AND illustration AND position = 0 AND public_key REGEXP '^[0-9a-f]{32}$'"
          + " AND width = 1200 AND height = 900 AND created_by = 'fairshare-illustrator'", id), "product " + id);
      Object[] jpegs = (Object[]) em.createNativeQuery("SELECT display_jpeg, thumb_jpeg FROM product_photo WHERE product_id = ?1").setParameter(1, id).getSingleResult();
      java.awt.image.BufferedImage display = coop.fairshare.catalog.TestImages.read(bytes(jpegs[0]));
      java.awt.image.BufferedImage thumb = coop.fairshare.catalog.TestImages.read(bytes(jpegs[1]));
      assertEquals(List.of(1200, 900, 400, 300), List.of(display.getWidth(), display.getHeight(), thumb.getWidth(), thumb.getHeight()), "product " + id);
    }
    // the database itself keeps a product to one illustration
    tx.begin();
    try {
      em.createNativeQuery("INSERT INTO product_photo (public_key, product_id, group_id, position, width, height, display_jpeg, thumb_jpeg, sha256, created_by, illustration)"
          + " SELECT REPEAT('a', 32), product_id, group_id, 0, width, height, display_jpeg, thumb_jpeg, sha256, created_by, TRUE FROM product_photo WHERE product_id = ?1")
          .setParameter(1, ids.get(0)).executeUpdate();
      throw new AssertionError("a second illustration of one product was stored");
    } catch (jakarta.persistence.PersistenceException refused) {
      // as it should be
    } finally {
      tx.rollback();
    }
  }

  /**
   * An illustration is served like a photo, at its random key as JPEGs of the display and
   * thumbnail sizes; the product page says it is one, in Thai and in English, and its text says so
   * too; once the group uploads a photo, that photo is the main one and the notice is gone.
   */
  @Test
  void anIllustrationIsShownAsOneUntilTheGroupUploadsAPhoto() throws Exception {
    String tag = tag();
    tx.begin();
    ProducerGroup group = newGroup(tag, 4L);
    Product paste = newProduct(group, tag + "-1", ProductCategory.PROCESSED_FOOD, new ProductText("น้ำพริกกุ้งเสียบ " + tag, "Smoked shrimp chili paste " + tag,
        "กุ้งเสียบรมควัน", "Smoked shrimp"), 12000);
    em.flush();
    String producer = ("producer-" + tag).toLowerCase(java.util.Locale.ROOT);
    em.createNativeQuery("INSERT INTO user_account (username, password_hash, display_name, email, role, group_id) VALUES (?1, ?2, ?3, ?4, 'PRODUCER', ?5)")
        .setParameter(1, producer).setParameter(2, coop.fairshare.shared.security.PasswordHasher.hash("picture-pass-42".toCharArray()))
        .setParameter(3, "Producer " + tag).setParameter(4, producer + "@test.fairshare.coop").setParameter(5, group.id()).executeUpdate();
    tx.commit();
    assertEquals(1, illustrations.illustrate(List.of(paste.id())));
    String key = (String) em.createNativeQuery("SELECT public_key FROM product_photo WHERE product_id = ?1 AND illustration").setParameter(1, paste.id()).getSingleResult();

    java.net.http.HttpResponse<byte[]> display = http("photos/" + key + "/display.jpg");
    assertEquals(200, display.statusCode());
    assertEquals("image/jpeg", display.headers().firstValue("Content-Type").orElse(""));
    java.awt.image.BufferedImage shown = coop.fairshare.catalog.TestImages.read(display.body());
    assertEquals(List.of(1200, 900), List.of(shown.getWidth(), shown.getHeight()));
    java.awt.image.BufferedImage thumb = coop.fairshare.catalog.TestImages.read(http("photos/" + key + "/thumb.jpg").body());
    assertEquals(List.of(400, 300), List.of(thumb.getWidth(), thumb.getHeight()));

    String thai = page("catalog/product.xhtml?id=" + paste.id());
    assertTrue(thai.contains("/photos/" + key + "/display.jpg\" width=\"1200\" height=\"900\""), thai);
    assertTrue(thai.contains("alt=\"ภาพวาดประกอบ น้ำพริกกุ้งเสียบ " + tag + "\""), thai);
    assertTrue(thai.contains("id=\"illustration-notice\">ภาพนี้เป็นภาพวาดประกอบที่ร้านวาดขึ้น"), thai);
    String english = page("catalog/product.xhtml?id=" + paste.id(), "Cookie", "fairshare-lang=en");
    assertTrue(english.contains("alt=\"Illustration of Smoked shrimp chili paste " + tag + "\""), english);
    assertTrue(english.contains("id=\"illustration-notice\">This picture is an illustration drawn by the shop"), english);
    String card = page("catalog/?q=" + tag);
    assertTrue(card.contains("/photos/" + key + "/thumb.jpg\" alt=\"ภาพวาดประกอบ น้ำพริกกุ้งเสียบ " + tag + "\""), card);

    String listed = page("api/my/products/" + paste.id() + "/photos", "Authorization", basic(producer), "Accept", "application/json");
    assertTrue(listed.contains("\"key\":\"" + key + "\"") && listed.contains("\"illustration\":true"), listed);

    java.net.http.HttpResponse<String> upload = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(base().resolve("api/my/products/" + paste.id() + "/photos"))
        .header("Content-Type", "image/jpeg").header("Authorization", basic(producer)).header("Accept", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(coop.fairshare.catalog.TestImages.jpeg(800, 600))).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(201, upload.statusCode(), upload.body());
    assertTrue(upload.body().contains("\"illustration\":false"), upload.body());

    assertEquals(0L, count("SELECT COUNT(*) FROM product_photo WHERE product_id = ?1 AND illustration", paste.id()), "the photo took the illustration's place");
    assertEquals(1L, count("SELECT COUNT(*) FROM product_photo WHERE product_id = ?1 AND NOT illustration AND position = 0 AND width = 800", paste.id()));
    String photoKey = (String) em.createNativeQuery("SELECT public_key FROM product_photo WHERE product_id = ?1").setParameter(1, paste.id()).getSingleResult();
    assertEquals(404, http("photos/" + key + "/display.jpg").statusCode());
    // signed in, so never the cached copy of the page from before the upload
    String after = page("catalog/product.xhtml?id=" + paste.id(), "Authorization", basic(producer));
    assertTrue(after.contains("/photos/" + photoKey + "/display.jpg\" width=\"800\" height=\"600\""), after);
    assertTrue(after.contains("alt=\"น้ำพริกกุ้งเสียบ " + tag + "\""), after);
    assertFalse(after.contains("illustration-notice"), after);
    assertFalse(after.contains("ภาพวาดประกอบ"), after);
    assertEquals(0, illustrations.illustrate(List.of(paste.id())), "a product with a photo gets no illustration");
  }

  private static byte[] bytes(Object column) throws java.sql.SQLException {
    return column instanceof java.sql.Blob blob ? blob.getBytes(1, (int) blob.length()) : (byte[]) column;
  }

  private long count(String sql, Object parameter) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
  }

  private java.net.URI base() {
    return java.net.URI.create("http://localhost:" + deployed.getPort() + (deployed.getPath().endsWith("/") ? deployed.getPath() : deployed.getPath() + "/"));
  }

  private java.net.http.HttpResponse<byte[]> http(String path, String... headers) throws Exception {
    java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(base().resolve(path)).GET();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(request.build(),
        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
  }

  private String page(String path, String... headers) throws Exception {
    java.net.http.HttpResponse<byte[]> response = http(path, headers);
    assertEquals(200, response.statusCode(), path);
    return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String basic(String username) {
    return "Basic " + java.util.Base64.getEncoder().encodeToString((username + ":picture-pass-42").getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private Page<Product> search(ProducerGroup group, ProductCategory category, String text) {
    return catalog.search(new ProductQuery(category, null, group.id(), text, 0, 50));
  }

  private static Set<Long> ids(Page<Product> page) {
    return page.items().stream().map(Product::id).collect(Collectors.toSet());
  }

  private ProducerGroup newGroup(String tag, long regionId) {
    ProducerGroup group = new ProducerGroup("IT-" + tag, "กลุ่มทดสอบ " + tag, "Test group " + tag, em.find(Region.class, regionId), "นครปฐม", "เรื่องราว", "A story", 2005);
    em.persist(group);
    return group;
  }

  private Product newProduct(ProducerGroup group, String sku, ProductCategory category, ProductText text, long satang) {
    FoodFacts facts = category.isFood() ? new FoodFacts("พริก กระเทียม", "chili, garlic", "กุ้ง", "shrimp", 180, "1234567890123") : null;
    Product product = new Product("IT-" + sku, group, category, text, Money.ofSatang(satang), 250, facts);
    onTheShelf(product.standardVariant(), 3);
    em.persist(product);
    return product;
  }

  /** Goods on a new variant's shelf as its first row holds them (afterwards only Stock changes the shelf). */
  private static void onTheShelf(coop.fairshare.catalog.ProductVariant variant, int units) {
    try {
      java.lang.reflect.Field stock = coop.fairshare.catalog.ProductVariant.class.getDeclaredField("stock");
      stock.setAccessible(true);
      stock.setInt(variant, units);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @jakarta.inject.Inject
  private coop.fairshare.savings.PassbookPdf passbookPdf;

  /**
   * Inside the server the passbook finds its font in the WAR (not on the machine) and shapes Thai
   * with it, also when several members download at once (PassbookPdfTest reads the text back).
   */
  @Test
  void aPassbookRendersInsideTheServerWithTheFontFromTheWar() throws Exception {
    coop.fairshare.savings.Passbook passbook = new coop.fairshare.savings.Passbook("10042", "นางสาวสมศรี ใจดี", null, "กลุ่มน้ำผึ้งป่า", "S-10042-01",
        "ออมทรัพย์ทั่วไป", null, java.time.LocalDate.of(2026, 10, 1), java.time.LocalDate.of(2027, 1, 2), coop.fairshare.shared.Money.ofBaht(1250),
        List.of(new coop.fairshare.savings.Passbook.Line(java.time.LocalDate.of(2026, 10, 5), coop.fairshare.savings.SavingsEntryKind.DEPOSIT,
            coop.fairshare.shared.Money.ofBaht(1250), coop.fairshare.shared.Money.ofBaht(1250), "ใบรับ 0012")));
    List<java.util.concurrent.Future<byte[]>> renders = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      java.util.Locale locale = i % 2 == 0 ? java.util.Locale.forLanguageTag("th-TH") : java.util.Locale.ENGLISH;
      renders.add(executor.submit(() -> passbookPdf.render(passbook, locale)));
    }
    for (java.util.concurrent.Future<byte[]> render : renders) {
      String pdf = new String(render.get(), java.nio.charset.StandardCharsets.ISO_8859_1);
      assertTrue(pdf.startsWith("%PDF-"), "a PDF");
      assertTrue(pdf.matches("(?s).*/BaseFont\\s*/[A-Z]{6}\\+Loma.*"), "the shipped font, as an embedded subset");
      assertTrue(pdf.contains("/FontFile2"), "the font embedded");
    }
  }

  private static String tag() {
    return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }
}
