package coop.fairshare.bench;

import coop.fairshare.catalog.Product;
import coop.fairshare.ledger.LedgerAudit;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A national network built by bulk SQL: every row comes from MariaDB's sequence engine
 * ({@code INSERT ... SELECT ... FROM seq_1_to_N}), computed in the server, so nothing travels over
 * the wire row by row. Ids are laid out arithmetically (member i is in group 1 + (i-1) div 100, her
 * savings account is ledger account 1,000,000 + i, ...), so every join is a primary-key look-up.
 *
 * <p>What it builds at scale 1: 10,000 groups of 100 members (1,000,000), 10 products a group
 * (100,000) with two variants each, the first 10 members of each group their makers; a savings
 * account per member with two deposits (2,000,000 entries, 4,000,000 lines, one deposit last
 * month, so an interest run has work); 1,000,000 paid and delivered orders of one line, each split
 * (sale_split) and posted as the app posts a sale (receivable, maker cash, maker savings, group,
 * cooperative fund, welfare fund: 6,000,000 lines). Balances are summed from the lines, so
 * {@link LedgerAudit} finds them equal.
 */
final class NationalDataSet {

  /** Ledger account ids of the owned accounts: far above the chart's own. */
  static final long GROUP_ACCOUNT_BASE = 1_000;
  static final long MAKER_ACCOUNT_BASE = 200_000;
  static final long MAKER_SAVINGS_BASE = 400_000;
  static final long SAVINGS_ACCOUNT_BASE = 1_000_000;
  static final int MEMBERS_PER_GROUP = 100;
  static final int PRODUCTS_PER_GROUP = 10;
  static final int DEPOSITS_PER_MEMBER = 2;
  static final int LINES_PER_SALE = 6;

  /** The demo's password hash of "fairshare-demo" (db/demo V2), for the bench's four logins. */
  static final String DEMO_HASH_SHOPPER = "PBKDF2WithHmacSHA512:210000:zPLY6izu9LmGL4Feo1JwDPfqTI+y5UayVEMzTh5oehA=:aVXOsiRYDGBIBSjCQn+Y9juTyWF3ZXyhpW1YFmCsChHeLbfkHFBykAroGgxJhyZio2Atu5M+HOFRT9jukCdURg==";

  final int groups;
  final int members;
  final int products;
  final int sales;
  final long lines;
  private final String url;
  private final LocalDate start = LocalDate.of(2024, 1, 1);
  private final YearMonth lastMonth = YearMonth.now().minusMonths(1);
  private final List<String> steps = new ArrayList<>();

  NationalDataSet(String url, double scale) {
    this.url = url;
    this.groups = Math.max(2, (int) Math.round(10_000 * scale));
    this.members = groups * MEMBERS_PER_GROUP;
    this.products = groups * PRODUCTS_PER_GROUP;
    long lineBudget = Math.round(10_000_000 * scale);
    long depositLines = (long) members * DEPOSITS_PER_MEMBER * 2;
    this.sales = (int) Math.max(products, (lineBudget - depositLines) / LINES_PER_SALE);
    this.lines = depositLines + (long) sales * LINES_PER_SALE;
  }

  Connection connect() throws SQLException {
    Connection c = DriverManager.getConnection(url + "?rewriteBatchedStatements=true", coop.fairshare.launcher.EmbeddedMariaDb.USER, coop.fairshare.launcher.EmbeddedMariaDb.PASSWORD);
    c.setAutoCommit(true);
    return c;
  }

  List<String> steps() {
    return steps;
  }

  /** Whether the database already holds this data set (a second run reuses it). */
  boolean alreadyBuilt() throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT value FROM coop_setting WHERE name = 'bench.national'")) {
        return r.next() && r.getString(1).equals(signature());
      }
    } catch (SQLException e) {
      return false;
    }
  }

  private String signature() {
    return groups + "/" + members + "/" + products + "/" + lines;
  }

  void build() throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute("SET SESSION foreign_key_checks = 0");
      s.execute("SET SESSION unique_checks = 0");
      s.execute("SET SESSION sql_log_bin = 0");
      // MariaDB 11.4 refuses a many-row INSERT ... SELECT into the journal's tables while their triggers
      // are there ("Column 'entry_date' cannot be null"; one row at a time goes in): they are taken off for the load and put back as V2 wrote them
      s.execute("DROP TRIGGER journal_entry_no_update");
      s.execute("DROP TRIGGER journal_entry_no_delete");
      s.execute("DROP TRIGGER journal_line_no_update");
      s.execute("DROP TRIGGER journal_line_no_delete");
      networkAndMembers(s);
      catalog(c, s);
      savings(s);
      sales(s);
      balances(s);
      closedMonths(s);
      logins(s);
      s.execute("CREATE TRIGGER journal_entry_no_update BEFORE UPDATE ON journal_entry FOR EACH ROW"
          + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'journal entries are append-only: post a reversal instead'");
      s.execute("CREATE TRIGGER journal_entry_no_delete BEFORE DELETE ON journal_entry FOR EACH ROW"
          + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'journal entries are append-only: post a reversal instead'");
      s.execute("CREATE TRIGGER journal_line_no_update BEFORE UPDATE ON journal_line FOR EACH ROW"
          + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'journal lines are append-only: post a reversal instead'");
      s.execute("CREATE TRIGGER journal_line_no_delete BEFORE DELETE ON journal_line FOR EACH ROW"
          + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'journal lines are append-only: post a reversal instead'");
      s.execute("SET SESSION foreign_key_checks = 1");
      s.execute("SET SESSION unique_checks = 1");
      long t0 = System.nanoTime();
      s.execute("ANALYZE TABLE member, producer_group, product, product_search_gram, product_variant, ledger_account, account_balance, journal_entry, journal_line,"
          + " savings_account, savings_transaction, sale_split, shop_order, fulfilment, order_line");
      steps.add(String.format(Locale.ROOT, "| statistics (ANALYZE TABLE) | | %.1f s |", (System.nanoTime() - t0) / 1e9));
      s.executeUpdate("INSERT INTO coop_setting (name, value, updated_by) VALUES ('bench.national', '" + signature() + "', 'bench')");
    }
  }

  private void networkAndMembers(Statement s) throws SQLException {
    step(s, "groups", "INSERT INTO producer_group (id, code, name_th, name_en, region_id, province, story_th, story_en, founded_year)"
        + " SELECT g.seq, CONCAT('NAT-', LPAD(g.seq, 5, '0')), CONCAT('กลุ่มแม่บ้านทอผ้า ', g.seq), CONCAT('Home weavers group ', g.seq), p.region_id, p.name_th,"
        + " 'กลุ่มสตรีทำงานที่บ้าน ผลิตงานฝีมือและอาหารแปรรูปจากวัตถุดิบในชุมชน', 'Women working from home, making crafts and food from local produce', 1990 + g.seq % 30"
        + " FROM seq_1_to_" + groups + " g JOIN (SELECT code, name_th, region_id, ROW_NUMBER() OVER (ORDER BY code) - 1 AS k FROM province) p ON p.k = g.seq % 77");
    step(s, "members", "INSERT INTO member (id, member_number, full_name_th, full_name_en, group_id, occupation, gender, joined_on, status, status_since)"
        + " SELECT m.seq, " + memberNumber("m.seq") + ", CONCAT(ELT(1 + m.seq % 8, 'นางสมศรี', 'นางบุญมี', 'นางสาวมาลี', 'นางคำปุน', 'นางจันทร์เพ็ญ', 'นางสาวนิด', 'นายสมชาย', 'นางทองใบ'),"
        + " ' ', ELT(1 + (m.seq DIV 8) % 8, 'ใจดี', 'ทองคำ', 'ศรีสุข', 'มีสุข', 'บุญมา', 'แก้วใส', 'สายทอง', 'พรหมมา')), NULL,"
        + " 1 + (m.seq - 1) DIV " + MEMBERS_PER_GROUP + ", ELT(1 + m.seq % 4, 'ทอผ้า', 'จักสาน', 'แปรรูปอาหาร', 'เย็บผ้า'), IF(m.seq % 8 = 6, 'MALE', 'FEMALE'),"
        + " DATE_ADD(DATE '2015-01-01', INTERVAL m.seq % 2500 DAY), 'ACTIVE', DATE_ADD(DATE '2015-01-01', INTERVAL m.seq % 2500 DAY)"
        + " FROM seq_1_to_" + members + " m");
    step(s, "group leaders", "UPDATE producer_group SET leader_member_id = (id - 1) * " + MEMBERS_PER_GROUP + " + 1");
    // the register's name trigrams, as V38 computes them (Member.searchTextOf, SearchGrams.of); with
    // unique checks on, as for the products' grams (catalog): in MariaDB's bulk mode for an empty table
    // this INSERT IGNORE counted its rows and left the table empty, a name's repeated run being a repeat
    s.execute("SET SESSION unique_checks = 1");
    step(s, "member search grams", "INSERT IGNORE INTO member_search_gram (gram, member_id) SELECT STRAIGHT_JOIN SUBSTRING(LOWER(CONCAT_WS(' ', m.full_name_th, m.full_name_en)), q.seq, 3), m.id"
        + " FROM member m JOIN seq_1_to_500 q ON q.seq <= CHAR_LENGTH(CONCAT_WS(' ', m.full_name_th, m.full_name_en)) - 2"
        + " WHERE LOCATE(' ', SUBSTRING(CONCAT_WS(' ', m.full_name_th, m.full_name_en), q.seq, 3)) = 0");
    s.execute("SET SESSION unique_checks = 0");
    for (long id : new long[] {1, 2, 7, members}) {
      java.util.Set<String> grams = new java.util.HashSet<>();
      String nameTh;
      try (ResultSet r = s.executeQuery("SELECT full_name_th FROM member WHERE id = " + id)) {
        r.next();
        nameTh = r.getString(1);
      }
      try (ResultSet r = s.executeQuery("SELECT gram FROM member_search_gram WHERE member_id = " + id)) {
        while (r.next()) {
          grams.add(r.getString(1));
        }
      }
      java.util.Set<String> app = coop.fairshare.shared.SearchGrams.of(coop.fairshare.member.Member.searchTextOf(nameTh, null));
      if (!grams.equals(app)) {
        throw new IllegalStateException("member search grams differ from the app's for member " + id + ": " + grams + " against " + app);
      }
    }
  }

  /** Member i's number: N and a letter for each 100,000, then six digits (the register's form, never the app's FS- or the demo's HW-). */
  static String memberNumber(String i) {
    return "CONCAT('N', CHAR(65 + (" + i + " - 1) DIV 100000), '-', LPAD((" + i + " - 1) MOD 100000, 6, '0'))";
  }

  /** Kinds of goods: Thai name, English name, category. */
  private static final String[][] KINDS = {
    {"ผ้าไหมมัดหมี่", "Mudmee silk", "HANDICRAFT"}, {"ผ้าฝ้ายทอมือ", "Handwoven cotton", "HANDICRAFT"},
    {"กระเป๋าสานกระจูด", "Krajood woven bag", "HANDICRAFT"}, {"ตะกร้าหวาย", "Rattan basket", "HANDICRAFT"},
    {"หมวกใบลาน", "Palm-leaf hat", "HANDICRAFT"}, {"ผ้าขาวม้า", "Pha khao ma cloth", "HANDICRAFT"},
    {"ผ้าพันคอ", "Scarf", "HANDICRAFT"}, {"เสื่อกก", "Reed mat", "HANDICRAFT"},
    {"แจกันดินเผา", "Clay vase", "HANDICRAFT"}, {"พวงกุญแจผ้า", "Cloth key ring", "HANDICRAFT"},
    {"สบู่สมุนไพร", "Herbal soap", "OEM"}, {"ยาหม่องสมุนไพร", "Herbal balm", "OEM"},
    {"น้ำพริกเผา", "Roasted chili paste", "PROCESSED_FOOD"}, {"กล้วยตาก", "Sun-dried banana", "PROCESSED_FOOD"},
    {"ข้าวแต๋น", "Rice crackers", "PROCESSED_FOOD"}, {"ทองม้วน", "Rolled coconut wafers", "PROCESSED_FOOD"},
    {"น้ำผึ้งป่า", "Wild honey", "PROCESSED_FOOD"}, {"ชาใบหม่อน", "Mulberry leaf tea", "PROCESSED_FOOD"}};
  private static final String[][] STYLES = {
    {"สีคราม", "indigo"}, {"สีแดง", "red"}, {"ลายดอก", "floral"}, {"ลายช้าง", "elephant"},
    {"ขนาดเล็ก", "small"}, {"ขนาดใหญ่", "large"}, {"แบบดั้งเดิม", "traditional"}, {"รุ่นพิเศษ", "special edition"}};
  private static final String DESCRIPTION_TH = "ทำมือโดยสมาชิกกลุ่มสตรีทำงานที่บ้าน วัตถุดิบจากชุมชน";
  private static final String DESCRIPTION_EN = "Made by hand by women working from home, from local materials.";

  /**
   * Names come from kinds times styles; their search words are segmented here by the app's own
   * {@link Product#searchTextOf} (the JDK's Thai word break), once per name, and the SKU's words are
   * added in SQL: the generator checks a sample against the app's function afterwards.
   */
  private void catalog(Connection c, Statement s) throws SQLException {
    long t0 = System.nanoTime();
    s.execute("CREATE TEMPORARY TABLE nat_name (k INT PRIMARY KEY, name_th VARCHAR(200), name_en VARCHAR(200), category VARCHAR(24), words TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin)"
        + " DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci");
    try (PreparedStatement names = c.prepareStatement("INSERT INTO nat_name VALUES (?,?,?,?,?)")) {
      for (int k = 0; k < KINDS.length * STYLES.length; k++) {
        String[] kind = KINDS[k % KINDS.length];
        String[] style = STYLES[k / KINDS.length];
        String th = kind[0] + style[0];
        String en = kind[1] + ", " + style[1];
        names.setInt(1, k);
        names.setString(2, th);
        names.setString(3, en);
        names.setString(4, kind[2]);
        names.setString(5, Product.searchTextOf(th, en, DESCRIPTION_TH, DESCRIPTION_EN, ""));
        names.addBatch();
      }
      names.executeBatch();
    }
    steps.add(String.format(Locale.ROOT, "| names and their Thai words | %d | %.1f s |", KINDS.length * STYLES.length, (System.nanoTime() - t0) / 1e9));
    int kinds = KINDS.length * STYLES.length;
    step(s, "products", "INSERT INTO product (id, sku, group_id, category, name_th, name_en, description_th, description_en, price_satang, weight_grams, active, featured,"
        + " ingredients_th, ingredients_en, allergens_th, allergens_en, shelf_life_days, fda_number, search_text, maker_member_id)"
        + " SELECT p.seq, CONCAT('NAT-P', LPAD(p.seq, 6, '0')), 1 + (p.seq - 1) DIV " + PRODUCTS_PER_GROUP + ", n.category, n.name_th, n.name_en,"
        + " '" + DESCRIPTION_TH + "', '" + DESCRIPTION_EN + "', 5000 + (p.seq * 7907) % 200000, 100 + (p.seq * 31) % 2000, TRUE, p.seq % 997 = 0,"
        + " IF(n.category = 'PROCESSED_FOOD', 'วัตถุดิบจากชุมชน', NULL), IF(n.category = 'PROCESSED_FOOD', 'Local produce', NULL),"
        + " IF(n.category = 'PROCESSED_FOOD', 'ไม่มี', NULL), IF(n.category = 'PROCESSED_FOOD', 'None', NULL), IF(n.category = 'PROCESSED_FOOD', 180, NULL),"
        + " IF(n.category = 'PROCESSED_FOOD', CONCAT(LPAD(p.seq % 100, 2, '0'), '-1-', LPAD(p.seq % 100000, 5, '0'), '-1-', LPAD(p.seq % 10000, 4, '0')), NULL),"
        + " CONCAT(n.words, ' nat-p', LPAD(p.seq, 6, '0')), ((1 + (p.seq - 1) DIV " + PRODUCTS_PER_GROUP + ") - 1) * " + MEMBERS_PER_GROUP + " + 1 + (p.seq - 1) % " + PRODUCTS_PER_GROUP
        + " FROM seq_1_to_" + products + " p JOIN nat_name n ON n.k = (p.seq * 13) % " + kinds);
    step(s, "variants", "INSERT INTO product_variant (id, product_id, code, label_th, label_en, price_satang, weight_grams, stock, reserved, position, active)"
        + " SELECT 2 * p.seq - 1 + v.seq - 1, p.seq, ELT(v.seq, 'S', 'L'), ELT(v.seq, 'เล็ก', 'ใหญ่'), ELT(v.seq, 'Small', 'Large'), NULL, NULL,"
        + " 10 + (p.seq * 17 + v.seq) % 500, 0, v.seq - 1, TRUE FROM seq_1_to_" + products + " p JOIN seq_1_to_2 v");
    // the SKU's words in SQL must be what the app would write
    try (ResultSet r = s.executeQuery("SELECT sku, name_th, name_en, description_th, description_en, search_text FROM product WHERE id IN (1, 2, 77, " + products + ")")) {
      while (r.next()) {
        String expected = Product.searchTextOf(r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(1));
        if (!expected.equals(r.getString(6))) {
          throw new IllegalStateException("search words differ from the app's for " + r.getString(1) + ": " + r.getString(6) + " against " + expected);
        }
      }
    }
    // the search's trigram index, computed in SQL as V29 computes it (a run of three characters inside a
    // word; INSERT IGNORE keeps a run repeated in one text once), then checked against the app's SearchGrams
    // with unique_checks off, MariaDB 11.4 loads an empty table in its bulk mode, and there an INSERT IGNORE
    // that meets a repeat counted its rows but left the table empty: checked as usual for this one step
    s.execute("SET SESSION unique_checks = 1");
    // the positions only as far as the longest text: joined with seq_1_to_65535, MariaDB walked the whole
    // sequence for every product (about 1,900 grams a second at full scale)
    int longest;
    try (ResultSet r = s.executeQuery("SELECT MAX(CHAR_LENGTH(search_text)) FROM product")) {
      r.next();
      longest = Math.max(3, r.getInt(1));
    }
    step(s, "search grams", "INSERT IGNORE INTO product_search_gram (gram, product_id) SELECT SUBSTRING(p.search_text, q.seq, 3), p.id"
        + " FROM product p JOIN seq_1_to_" + longest + " q ON q.seq <= CHAR_LENGTH(p.search_text) - 2 WHERE LOCATE(' ', SUBSTRING(p.search_text, q.seq, 3)) = 0");
    s.execute("SET SESSION unique_checks = 0");
    for (long id : new long[] {1, 2, 77, products}) {
      String text;
      java.util.Set<String> grams = new java.util.HashSet<>();
      try (ResultSet r = s.executeQuery("SELECT search_text FROM product WHERE id = " + id)) {
        r.next();
        text = r.getString(1);
      }
      try (ResultSet r = s.executeQuery("SELECT gram FROM product_search_gram WHERE product_id = " + id)) {
        while (r.next()) {
          grams.add(r.getString(1));
        }
      }
      if (!grams.equals(coop.fairshare.shared.SearchGrams.of(text))) {
        throw new IllegalStateException("search grams differ from the app's for product " + id + ": " + grams + " against " + coop.fairshare.shared.SearchGrams.of(text));
      }
    }
  }

  private void savings(Statement s) throws SQLException {
    s.executeUpdate("INSERT INTO savings_product (name_th, name_en, kind, annual_rate_bp, minimum_balance_satang, approval_above_satang, interest_posting, created_by)"
        + " VALUES ('ออมทรัพย์เครือข่าย', 'Network savings', 'VOLUNTARY', 300, 10000, 500000, 'MONTHLY', 'bench')", Statement.RETURN_GENERATED_KEYS);
    long product;
    try (ResultSet keys = s.getGeneratedKeys()) {
      keys.next();
      product = keys.getLong(1);
    }
    step(s, "ledger accounts of groups", "INSERT INTO ledger_account (id, code, name_th, name_en, type, owner_kind, owner_id, balance_slots)"
        + " SELECT " + GROUP_ACCOUNT_BASE + " + g.id, CONCAT('2200-', g.code), CONCAT('ค้างจ่ายกลุ่ม ', g.name_th), CONCAT('Payable to group ', g.name_th), 'LIABILITY', 'GROUP', g.id, 1"
        + " FROM producer_group g");
    // makers: the first PRODUCTS_PER_GROUP members of each group; maker j is member (g-1)*100 + r
    String makers = "SELECT (g.seq - 1) * " + PRODUCTS_PER_GROUP + " + r.seq AS j, (g.seq - 1) * " + MEMBERS_PER_GROUP + " + r.seq AS i FROM seq_1_to_" + groups + " g JOIN seq_1_to_" + PRODUCTS_PER_GROUP + " r";
    step(s, "ledger accounts of makers", "INSERT INTO ledger_account (id, code, name_th, name_en, type, owner_kind, owner_id, balance_slots)"
        + " SELECT " + MAKER_ACCOUNT_BASE + " + x.j, CONCAT('2100-', m.member_number), CONCAT('ค้างจ่ายผู้ผลิต ', m.full_name_th), CONCAT('Payable to maker ', m.full_name_th), 'LIABILITY', 'MEMBER', m.id, 1"
        + " FROM (" + makers + ") x JOIN member m ON m.id = x.i"
        + " UNION ALL SELECT " + MAKER_SAVINGS_BASE + " + x.j, CONCAT('2300-', m.member_number), CONCAT('เงินออมสมาชิก ', m.full_name_th), CONCAT('Member savings ', m.full_name_th), 'LIABILITY', 'MEMBER', m.id, 1"
        + " FROM (" + makers + ") x JOIN member m ON m.id = x.i");
    step(s, "ledger accounts of savings", "INSERT INTO ledger_account (id, code, name_th, name_en, type, owner_kind, owner_id, balance_slots)"
        + " SELECT " + SAVINGS_ACCOUNT_BASE + " + m.id, CONCAT('2310-SV-', IF(m.id < 1000000, LPAD(m.id, 6, '0'), m.id)), CONCAT('บัญชีเงินออม SV-', IF(m.id < 1000000, LPAD(m.id, 6, '0'), m.id), ' ', m.full_name_th),"
        + " CONCAT('Savings account SV-', IF(m.id < 1000000, LPAD(m.id, 6, '0'), m.id), ' ', m.full_name_th), 'LIABILITY', 'MEMBER', m.id, 1 FROM member m");
    step(s, "savings accounts", "INSERT INTO savings_account (id, member_id, product_id, ledger_account_id, status, opened_on, created_by)"
        + " SELECT m.id, m.id, " + product + ", " + SAVINGS_ACCOUNT_BASE + " + m.id, 'OPEN', m.joined_on, 'bench' FROM member m");
    step(s, "savings from sales accounts", "INSERT INTO savings_account (id, member_id, product_id, ledger_account_id, status, opened_on, created_by)"
        + " SELECT " + members + " + x.j, x.i, (SELECT id FROM savings_product WHERE from_sales = 1), " + MAKER_SAVINGS_BASE + " + x.j, 'OPEN', m.joined_on, 'bench'"
        + " FROM (" + makers + ") x JOIN member m ON m.id = x.i");
    // deposit d of member i is entry (d-1)*members + i: the first some day between 2024 and the month before last, the second in last month
    LocalDate beforeLast = lastMonth.minusMonths(1).atEndOfMonth();
    long spread = java.time.temporal.ChronoUnit.DAYS.between(start, beforeLast);
    String depositDate = "IF(d.seq = 1, DATE_ADD(DATE '" + start + "', INTERVAL (m.seq * 7919) % " + spread + " DAY), DATE_ADD(DATE '" + lastMonth.atDay(1) + "', INTERVAL m.seq % " + lastMonth.lengthOfMonth() + " DAY))";
    String depositAmount = "IF(d.seq = 1, 10000 + (m.seq * 104729) % 5000000, 100 + (m.seq * 15485863) % 1000000)";
    String deposits = "FROM seq_1_to_" + DEPOSITS_PER_MEMBER + " d JOIN seq_1_to_" + members + " m";
    step(s, "deposit entries", "INSERT INTO journal_entry (id, entry_date, description, source, source_ref, idempotency_key, total_satang, created_by, created_at)"
        + " SELECT " + depositEntry() + ", " + depositDate + ", 'Deposit', 'SAVINGS', CONCAT('NR-', (d.seq - 1) * " + members + " + m.seq),"
        + " CONCAT('bench-deposit-', (d.seq - 1) * " + members + " + m.seq), " + depositAmount + ", 'bench', " + postedOn(depositDate) + " " + deposits);
    step(s, "deposit lines", "INSERT INTO journal_line (id, entry_id, line_no, account_id, side, amount_satang)"
        + " SELECT 2 * ((d.seq - 1) * " + members + " + m.seq) - 2 + l.seq, " + depositEntry() + ", l.seq,"
        + " IF(l.seq = 1, " + accountId(s, "1000") + ", " + SAVINGS_ACCOUNT_BASE + " + m.seq), IF(l.seq = 1, 'D', 'C'), " + depositAmount
        + " " + deposits + " JOIN seq_1_to_2 l");
    step(s, "savings transactions", "INSERT INTO savings_transaction (id, account_id, kind, amount_satang, value_date, method, receipt_no, journal_entry_id, created_by)"
        + " SELECT (d.seq - 1) * " + members + " + m.seq, m.seq, 'DEPOSIT', " + depositAmount + ", " + depositDate + ", 'CASH', CONCAT('NR-', (d.seq - 1) * " + members + " + m.seq),"
        + " " + depositEntry() + ", 'bench' " + deposits);
  }

  /**
   * The journal entry of deposit d of member m, numbered in the order a real ledger would have
   * posted them: first deposits (up to the month before last), then the sales (2024 to yesterday),
   * then last month's deposits. The app's readers of a month (MonthEnds) take the month's entries
   * to lie in an id band, as they do when entries are posted on their day; last month's deposits
   * numbered before two years of sales would make every band hold the whole ledger.
   */
  private String depositEntry() {
    return "IF(d.seq = 1, m.seq, " + members + " + " + sales + " + (d.seq - 2) * " + members + " + m.seq)";
  }

  /**
   * When an entry dated {@code date} (SQL) was posted: at noon that day, as the app posts a sale or a
   * deposit the day it happens, never today. Left to the column's default (the moment of the bulk
   * insert), a year of entries would all become settled at once some minutes after the build (see
   * ledger/MonthEnds), and the first fund chart read after that would sum a year of lines in one view.
   */
  private static String postedOn(String date) {
    return "TIMESTAMP(" + date + ", '12:00:00')";
  }

  /**
   * Sale n: product 1 + (n-1) mod products, one to three of a variant, paid by the cooperative's
   * PromptPay QR (no fee), split by the cooperative's standing rule (maker 70 % of which savings
   * 5 %, group 15 %, cooperative 10 %, welfare 5 %) and posted as entry deposits + n.
   */
  private void sales(Statement s) throws SQLException {
    // after the first deposits, before last month's (depositEntry); the lines after all deposits' lines
    long firstEntry = members;
    long firstLine = (long) members * DEPOSITS_PER_MEMBER * 2;
    long days = java.time.temporal.ChronoUnit.DAYS.between(start, LocalDate.now().minusDays(1));
    String saleRef = "CONCAT('NT-', LPAD(x.n, 9, '0'), '-1')";
    step(s, "sales (temporary)", "CREATE TEMPORARY TABLE nat_sale (n INT PRIMARY KEY, product_id BIGINT, group_id BIGINT, maker_id BIGINT, variant_id BIGINT, quantity INT,"
        + " unit BIGINT, amount BIGINT, sold_on DATE) ENGINE=InnoDB"
        + " SELECT s.seq AS n, p.id AS product_id, p.group_id, p.maker_member_id AS maker_id, 2 * p.id - 1 + s.seq % 2 AS variant_id, 1 + s.seq % 3 AS quantity,"
        + " p.price_satang AS unit, p.price_satang * (1 + s.seq % 3) AS amount, DATE_ADD(DATE '" + start + "', INTERVAL (s.seq - 1) * " + days + " DIV " + sales + " DAY) AS sold_on"
        + " FROM seq_1_to_" + sales + " s JOIN product p ON p.id = 1 + (s.seq * 7) % " + products);
    long rule;
    try (ResultSet r = s.executeQuery("SELECT id FROM split_rule WHERE scope = 'COOP' ORDER BY effective_from LIMIT 1")) {
      r.next();
      rule = r.getLong(1);
    }
    step(s, "orders", "INSERT INTO shop_order (id, order_number, account_id, access_token, email, state, payment_method, recipient, phone, address_line, subdistrict, district,"
        + " province_code, postcode, items_satang, shipping_satang, total_satang, lang, placed_at, paid_at, payment_reference)"
        + " SELECT x.n, CONCAT('NT-', LPAD(x.n, 9, '0')), NULL, LEFT(SHA2(CONCAT('bench-order-', x.n), 256), 43), CONCAT('buyer', x.n % 50000, '@example.org'), 'DELIVERED', 'PROMPTPAY_QR',"
        + " 'คุณผู้ซื้อ ทดสอบ', '0812345678', '99 ถนนสุขุมวิท', 'คลองเตย', 'คลองเตย', 'TH-10', '10110', x.amount, 0, x.amount, 'th', x.sold_on, x.sold_on, CONCAT('slip ', x.n)"
        + " FROM nat_sale x");
    step(s, "parcels", "INSERT INTO fulfilment (id, order_id, group_id, state, weight_grams, shipping_satang, carrier, tracking_number, packed_at, shipped_at, delivered_at)"
        + " SELECT x.n, x.n, x.group_id, 'DELIVERED', 500, 0, 'Thailand Post', CONCAT('EN', LPAD(x.n, 9, '0'), 'TH'), x.sold_on, x.sold_on, x.sold_on FROM nat_sale x");
    step(s, "order lines", "INSERT INTO order_line (id, order_id, fulfilment_id, line_no, product_id, variant_id, sku, name_th, name_en, variant_th, variant_en, unit_satang, quantity, line_satang, sale_ref)"
        + " SELECT x.n, x.n, x.n, 1, x.product_id, x.variant_id, p.sku, p.name_th, p.name_en, v.label_th, v.label_en, x.unit, x.quantity, x.amount, " + saleRef
        + " FROM nat_sale x JOIN product p ON p.id = x.product_id JOIN product_variant v ON v.id = x.variant_id");
    String welfare = "x.amount * 500 DIV 10000";
    String coop = "x.amount * 1000 DIV 10000";
    String group = "x.amount * 1500 DIV 10000";
    String maker = "(x.amount - " + welfare + " - " + coop + " - " + group + ")";
    String makerSavings = "x.amount * 500 DIV 10000";
    step(s, "splits", "INSERT INTO sale_split (id, sale_ref, product_id, group_id, maker_member_id, rule_id, amount_satang, maker_satang, maker_savings_satang, group_satang,"
        + " coop_satang, welfare_satang, fee_satang, posted_entry_id, posted_on)"
        + " SELECT x.n, " + saleRef + ", x.product_id, x.group_id, x.maker_id, " + rule + ", x.amount, " + maker + ", " + makerSavings + ", " + group + ", " + coop + ", " + welfare
        + ", 0, " + firstEntry + " + x.n, x.sold_on FROM nat_sale x");
    step(s, "sale entries", "INSERT INTO journal_entry (id, entry_date, description, source, source_ref, idempotency_key, total_satang, created_by, created_at)"
        + " SELECT " + firstEntry + " + x.n, x.sold_on, CONCAT('Sale ', " + saleRef + "), 'SALE', " + saleRef + ", CONCAT('sale-split-', " + saleRef + "), x.amount, 'system', "
        + postedOn("x.sold_on") + " FROM nat_sale x");
    // maker j of product p: (group-1)*10 + (p-1) mod 10 + 1
    String makerIndex = "((x.group_id - 1) * " + PRODUCTS_PER_GROUP + " + (x.product_id - 1) % " + PRODUCTS_PER_GROUP + " + 1)";
    step(s, "sale lines", "INSERT INTO journal_line (id, entry_id, line_no, account_id, side, amount_satang)"
        + " SELECT " + firstLine + " + (x.n - 1) * " + LINES_PER_SALE + " + l.seq, " + firstEntry + " + x.n, l.seq,"
        + " ELT(l.seq, " + accountId(s, "1200") + ", " + MAKER_ACCOUNT_BASE + " + " + makerIndex + ", " + MAKER_SAVINGS_BASE + " + " + makerIndex + ", "
        + GROUP_ACCOUNT_BASE + " + x.group_id, " + accountId(s, "3000") + ", " + accountId(s, "3100") + "),"
        + " IF(l.seq = 1, 'D', 'C'), ELT(l.seq, x.amount, " + maker + " - " + makerSavings + ", " + makerSavings + ", " + group + ", " + coop + ", " + welfare + ")"
        + " FROM nat_sale x JOIN seq_1_to_" + LINES_PER_SALE + " l");
    s.execute("DROP TEMPORARY TABLE nat_sale");
  }

  /** Every balance from its lines, in slot 0 (the chart's accounts keep their other, empty, slots). */
  private void balances(Statement s) throws SQLException {
    step(s, "balances", "INSERT INTO account_balance (account_id, slot, debit_satang, credit_satang)"
        + " SELECT a.id, 0, COALESCE(l.d, 0), COALESCE(l.c, 0) FROM ledger_account a LEFT JOIN (SELECT account_id, SUM(IF(side = 'D', amount_satang, 0)) d,"
        + " SUM(IF(side = 'C', amount_satang, 0)) c FROM journal_line GROUP BY account_id) l ON l.account_id = a.id"
        + " ON DUPLICATE KEY UPDATE debit_satang = VALUES(debit_satang), credit_satang = VALUES(credit_satang)");
  }

  /**
   * Every month before last month closed, as the treasurers close the books, with the kept month
   * totals of the cooperative's own accounts that the chart of accounts would have kept when it first
   * read each closed month (account_month_total; members' and groups' accounts are kept when read).
   */
  private void closedMonths(Statement s) throws SQLException {
    step(s, "closed months", "INSERT INTO ledger_period (period, status, closed_by, closed_at)"
        + " SELECT DATE_FORMAT(DATE_ADD(DATE '" + start + "', INTERVAL m.seq - 1 MONTH), '%Y-%m'), 'CLOSED', 'bench', CURRENT_TIMESTAMP(3)"
        + " FROM seq_1_to_" + (java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.from(start), lastMonth)) + " m"
        + " ON DUPLICATE KEY UPDATE status = 'CLOSED', closed_by = 'bench', closed_at = CURRENT_TIMESTAMP(3)");
    step(s, "kept month totals of own accounts", "INSERT INTO account_month_total (account_id, period, source, key_kind, debit_satang, credit_satang)"
        + " SELECT l.account_id, DATE_FORMAT(e.entry_date, '%Y-%m'), e.source, " + coop.fairshare.ledger.SourcedTotal.KEY_KIND_SQL + ","
        + " SUM(IF(l.side = 'D', l.amount_satang, 0)), SUM(IF(l.side = 'C', l.amount_satang, 0))"
        + " FROM ledger_account a JOIN journal_line l ON l.account_id = a.id JOIN journal_entry e ON e.id = l.entry_id"
        + " JOIN ledger_period p ON p.period = DATE_FORMAT(e.entry_date, '%Y-%m') AND p.status = 'CLOSED'"
        + " WHERE a.owner_kind = 'NONE' GROUP BY 1, 2, 3, 4");
  }

  /** A shopper, the leader of group 1 as its producer, a member (a maker of group 1, with both kinds of savings) and a treasurer. */
  private void logins(Statement s) throws SQLException {
    step(s, "logins", "INSERT INTO user_account (username, password_hash, display_name, email, role, group_id, member_id, preferred_lang) VALUES"
        + " ('shopper', '" + DEMO_HASH_SHOPPER + "', 'ผู้ซื้อ', 'shopper@bench.fairshare.coop', 'SHOPPER', NULL, NULL, 'th'),"
        + " ('producer', '" + DEMO_HASH_SHOPPER + "', 'ประธานกลุ่ม', 'producer@bench.fairshare.coop', 'PRODUCER', 1, 1, 'th'),"
        + " ('member', '" + DEMO_HASH_SHOPPER + "', 'สมาชิก', 'member@bench.fairshare.coop', 'MEMBER', NULL, 2, 'th'),"
        + " ('treasurer', '" + DEMO_HASH_SHOPPER + "', 'เหรัญญิก', 'treasurer@bench.fairshare.coop', 'TREASURER', NULL, NULL, 'th'),"
        + " ('treasurer2', '" + DEMO_HASH_SHOPPER + "', 'เหรัญญิก 2', 'treasurer2@bench.fairshare.coop', 'TREASURER', NULL, NULL, 'th')");
  }

  private static long accountId(Statement s, String code) throws SQLException {
    try (ResultSet r = s.executeQuery("SELECT id FROM ledger_account WHERE code = '" + code + "'")) {
      r.next();
      return r.getLong(1);
    }
  }

  private void step(Statement s, String what, String sql) throws SQLException {
    long t0 = System.nanoTime();
    long rows;
    try {
      rows = s.executeLargeUpdate(sql);
    } catch (SQLException e) {
      throw new SQLException("step '" + what + "' failed: " + e.getMessage() + " in " + sql, e.getSQLState(), e.getErrorCode(), e);
    }
    String line = String.format(Locale.ROOT, "| %s | %,d | %.1f s |", what, rows, (System.nanoTime() - t0) / 1e9);
    steps.add(line);
    System.out.println("[national] " + line);
  }

  /** The data and index bytes of the database, in MiB. */
  long sizeMiB() throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT SUM(data_length + index_length) FROM information_schema.tables WHERE table_schema = DATABASE()")) {
      r.next();
      return r.getLong(1) / (1024 * 1024);
    }
  }
}
