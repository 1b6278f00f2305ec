package coop.fairshare.it;

import coop.fairshare.catalog.Product;
import coop.fairshare.launcher.TestDatabase;
import coop.fairshare.shared.security.PasswordHasher;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test data written straight into the test MariaDB (after the app has migrated it), each set with
 * its own random tag so tests never see one another's rows.
 */
final class Fixtures {

  static final String PASSWORD = "correct-horse-42";
  private static String passwordHash;

  private Fixtures() {}

  static Connection connect() throws SQLException {
    return DriverManager.getConnection(TestDatabase.jdbcUrl(), "fairshare", "fairshare");
  }

  static String tag() {
    StringBuilder tag = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      tag.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
    }
    return tag.toString();
  }

  static synchronized String passwordHash() {
    if (passwordHash == null) {
      passwordHash = PasswordHasher.hash(PASSWORD.toCharArray());
    }
    return passwordHash;
  }

  /** A producer group with products and a producer login. */
  record Group(long id, String code, String producerUsername, List<Long> productIds, List<String> skus, List<Long> variantIds) {}

  static Group group(Connection c, String tag, long regionId, String nameTh, String nameEn, ProductRow... products) throws SQLException {
    String code = "T-" + tag + "-" + regionId;
    long groupId = insert(c, "INSERT INTO producer_group (code, name_th, name_en, region_id, province, story_th, story_en, founded_year) VALUES (?,?,?,?,?,?,?,?)",
        code, nameTh, nameEn, regionId, "นครปฐม", "กลุ่มทดสอบที่ทอผ้าและทำน้ำพริก", "A test group that weaves and makes chili paste", 2001);
    long memberId = insert(c, "INSERT INTO member (member_number, full_name_th, full_name_en, group_id, occupation, gender, joined_on) VALUES (?,?,?,?,?,?,?)",
        // three random letters and six random digits (ck_member_number's shape): "T-" and five random
        // digits collided within one run ('T-83146' twice)
        tag().substring(0, 3) + "-" + (100000 + ThreadLocalRandom.current().nextInt(900000)), "นางทดสอบ " + tag, "Ms Test " + tag, groupId, "ทอผ้า", "FEMALE", java.sql.Date.valueOf("2010-05-01"));
    update(c, "UPDATE producer_group SET leader_member_id = ? WHERE id = ?", memberId, groupId);
    List<Long> ids = new ArrayList<>();
    List<String> skus = new ArrayList<>();
    List<Long> variantIds = new ArrayList<>();
    int n = 1;
    for (ProductRow p : products) {
      String sku = code.replace("T-", "S") + "-" + n++;
      ids.add(insert(c, "INSERT INTO product (sku, group_id, category, name_th, name_en, description_th, description_en, price_satang, weight_grams, active, featured,"
              + " ingredients_th, ingredients_en, allergens_th, allergens_en, shelf_life_days, fda_number, search_text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
          sku, groupId, p.category(), p.nameTh(), p.nameEn(), p.nameTh() + " ทำด้วยมือ", p.nameEn() + ", made by hand", p.priceSatang(), 300, p.active(), p.featured(),
          food(p, "พริกแห้ง กระเทียม"), food(p, "dried chili, garlic"), food(p, "กุ้ง"), food(p, "shrimp"), p.food() ? 180 : null,
          p.food() ? "12-3-" + String.format(Locale.ROOT, "%05d", ThreadLocalRandom.current().nextInt(100000)) + "-1-0001" : null,
          Product.searchTextOf(p.nameTh(), p.nameEn(), p.nameTh() + " ทำด้วยมือ", p.nameEn() + ", made by hand", sku)));
      skus.add(sku);
      variantIds.add(insert(c, "INSERT INTO product_variant (product_id, code, label_th, label_en, stock) VALUES (?, 'STD', 'มาตรฐาน', 'Standard', ?)",
          ids.get(ids.size() - 1), p.stock()));
    }
    searchGrams(c, groupId);
    String username = ("producer-" + tag + regionId).toLowerCase(Locale.ROOT);
    insert(c, "INSERT INTO user_account (username, password_hash, display_name, email, role, group_id) VALUES (?,?,?,?,?,?)",
        username, passwordHash(), "Producer " + tag, username + "@test.fairshare.coop", "PRODUCER", groupId);
    return new Group(groupId, code, username, ids, skus, variantIds);
  }

  /**
   * The catalog's search grams of a group's products inserted here by SQL (the app keeps its own in
   * step): computed in SQL as V29 computes them for the products already there.
   */
  static void searchGrams(Connection c, long groupId) throws SQLException {
    update(c, "INSERT IGNORE INTO product_search_gram (gram, product_id) SELECT SUBSTRING(p.search_text, s.seq, 3), p.id"
        + " FROM product p JOIN seq_1_to_65535 s ON s.seq <= CHAR_LENGTH(p.search_text) - 2"
        + " WHERE p.group_id = ? AND LOCATE(' ', SUBSTRING(p.search_text, s.seq, 3)) = 0", groupId);
  }

  /** Sizes or colours for a product: its standard variant leaves the shop, each new one gets its stock. Returns the new variants' ids. */
  static List<Long> variants(Connection c, long productId, Object... codeLabelStock) throws SQLException {
    update(c, "UPDATE product_variant SET active = FALSE WHERE product_id = ? AND code = 'STD'", productId);
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < codeLabelStock.length; i += 3) {
      ids.add(insert(c, "INSERT INTO product_variant (product_id, code, label_th, label_en, stock, position) VALUES (?,?,?,?,?,?)",
          productId, codeLabelStock[i], "ไซซ์ " + codeLabelStock[i + 1], "Size " + codeLabelStock[i + 1], codeLabelStock[i + 2], i / 3 + 1));
    }
    return ids;
  }

  static String shopper(Connection c, String tag) throws SQLException {
    return account(c, "shopper-" + tag, "SHOPPER");
  }

  static String treasurer(Connection c, String tag) throws SQLException {
    return account(c, "treasurer-" + tag, "TREASURER");
  }

  static String admin(Connection c, String tag) throws SQLException {
    return account(c, "admin-" + tag, "ADMIN");
  }

  /** A member's own login (role MEMBER) for the member with this id. */
  static String memberLogin(Connection c, String tag, long memberId) throws SQLException {
    String username = ("member-" + tag).toLowerCase(Locale.ROOT);
    insert(c, "INSERT INTO user_account (username, password_hash, display_name, email, role, member_id) VALUES (?,?,?,?,?,?)",
        username, passwordHash(), "Member " + tag, username + "@test.fairshare.coop", "MEMBER", memberId);
    return username;
  }

  private static String account(Connection c, String name, String role) throws SQLException {
    String username = name.toLowerCase(Locale.ROOT);
    insert(c, "INSERT INTO user_account (username, password_hash, display_name, email, role) VALUES (?,?,?,?,?)",
        username, passwordHash(), role + " " + name, username + "@test.fairshare.coop", role);
    return username;
  }

  private static Object food(ProductRow p, String value) {
    return p.food() ? value : null;
  }

  record ProductRow(String category, String nameTh, String nameEn, long priceSatang, int stock, boolean active, boolean featured) {
    boolean food() {
      return category.equals("PROCESSED_FOOD");
    }
  }

  static ProductRow product(String category, String nameTh, String nameEn, long priceSatang, int stock) {
    return new ProductRow(category, nameTh, nameEn, priceSatang, stock, true, false);
  }

  static ProductRow featured(String category, String nameTh, String nameEn, long priceSatang, int stock) {
    return new ProductRow(category, nameTh, nameEn, priceSatang, stock, true, true);
  }

  static ProductRow hidden(String category, String nameTh, String nameEn, long priceSatang, int stock) {
    return new ProductRow(category, nameTh, nameEn, priceSatang, stock, false, false);
  }

  static long insert(Connection c, String sql, Object... values) throws SQLException {
    long id;
    try (PreparedStatement statement = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      bind(statement, values);
      statement.executeUpdate();
      try (ResultSet keys = statement.getGeneratedKeys()) {
        keys.next();
        id = keys.getLong(1);
      }
    }
    if (sql.startsWith("INSERT INTO member ")) {
      // a member put in by SQL gets her names' trigrams as the app writes them (V38's statement), so the register finds her by name
      update(c, MEMBER_SEARCH_GRAMS + " AND m.id = ?", id);
    }
    return id;
  }

  /** V38's statement (and the demo's): the trigrams of members' names, as Member.searchTextOf and SearchGrams.of make them. */
  static final String MEMBER_SEARCH_GRAMS = "INSERT IGNORE INTO member_search_gram (gram, member_id)"
      + " SELECT STRAIGHT_JOIN SUBSTRING(LOWER(CONCAT_WS(' ', m.full_name_th, m.full_name_en)), s.seq, 3), m.id"
      + " FROM member m JOIN seq_1_to_500 s ON s.seq <= CHAR_LENGTH(CONCAT_WS(' ', m.full_name_th, m.full_name_en)) - 2"
      + " WHERE LOCATE(' ', SUBSTRING(CONCAT_WS(' ', m.full_name_th, m.full_name_en), s.seq, 3)) = 0";

  static int update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      bind(statement, values);
      return statement.executeUpdate();
    }
  }

  static long number(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      bind(statement, values);
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          throw new IllegalStateException("no row for " + sql);
        }
        return rows.getLong(1);
      }
    }
  }

  static String text(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      bind(statement, values);
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          throw new IllegalStateException("no row for " + sql);
        }
        return rows.getString(1);
      }
    }
  }

  private static void bind(PreparedStatement statement, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i + 1, values[i]);
    }
  }
}
