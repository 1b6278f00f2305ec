package coop.fairshare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An area reads and writes only its own tables; it asks another area through that area's services.
 * ArchUnit cannot read SQL, so this test reads the string literals of src/main/java and fails when a
 * file outside a table's area names that table after FROM, JOIN, INTO, UPDATE or TABLE. Every table
 * created in db/migration must have an owner here, so a new table is given one when it is made.
 */
class AreaTablesTest {

  /** Which area owns each table (shared: the cooperative's settings, read by several areas through CoopSettings). */
  static final Map<String, String> OWNER = Map.ofEntries(
      Map.entry("region", "member"), Map.entry("producer_group", "member"), Map.entry("member", "member"), Map.entry("member_number_counter", "member"), Map.entry("member_search_gram", "member"),
      Map.entry("user_account", "account"), Map.entry("sign_in_failure", "account"),
      Map.entry("product", "catalog"), Map.entry("product_variant", "catalog"), Map.entry("stock_movement", "catalog"), Map.entry("product_photo", "catalog"), Map.entry("product_search_gram", "catalog"),
      Map.entry("ledger_account", "ledger"), Map.entry("journal_entry", "ledger"), Map.entry("journal_line", "ledger"), Map.entry("account_balance", "ledger"), Map.entry("ledger_audit_run", "ledger"), Map.entry("ledger_audit_difference", "ledger"),
      Map.entry("ledger_period", "ledger"), Map.entry("account_month_total", "ledger"), Map.entry("account_settled_mark", "ledger"), Map.entry("account_open_month_total", "ledger"), Map.entry("manual_entry_proposal", "ledger"), Map.entry("manual_entry_proposal_line", "ledger"),
      Map.entry("split_rule", "split"), Map.entry("sale_split", "split"),
      Map.entry("province", "order"), Map.entry("shipping_rate", "order"), Map.entry("cart_line", "order"), Map.entry("shop_order", "order"),
      Map.entry("fulfilment", "order"), Map.entry("order_line", "order"), Map.entry("order_event", "order"), Map.entry("order_number_seq", "order"),
      Map.entry("stripe_payment", "payment"), Map.entry("stripe_event", "payment"), Map.entry("stripe_refund", "payment"), Map.entry("stripe_payout", "payment"),
      Map.entry("payment_slip", "payment"), Map.entry("order_refund", "order"),
      Map.entry("mail_outbox", "mail"),
      Map.entry("coop_setting", "shared"),
      Map.entry("payee_detail", "payment"), Map.entry("payout_run", "payment"), Map.entry("payout_line", "payment"), Map.entry("payout_desk", "payment"),
      Map.entry("savings_product", "savings"), Map.entry("savings_account", "savings"), Map.entry("savings_transaction", "savings"),
      Map.entry("savings_withdrawal_proposal", "savings"), Map.entry("savings_interest_run", "savings"),
      Map.entry("savings_count_run", "savings"), Map.entry("savings_count_total", "savings"),
      Map.entry("welfare_scheme_version", "welfare"), Map.entry("welfare_member", "welfare"), Map.entry("welfare_payment", "welfare"),
      Map.entry("welfare_contribution", "welfare"), Map.entry("welfare_claim", "welfare"), Map.entry("welfare_claim_document", "welfare"),
      Map.entry("welfare_desk", "welfare"), Map.entry("welfare_grant", "welfare"),
      Map.entry("welfare_donation", "welfare"), Map.entry("welfare_donation_counter", "welfare"));

  private static final Path MIGRATIONS = Path.of("db/migration");
  private static final Path SOURCES = Path.of("src/main/java/coop/fairshare");
  private static final Pattern CREATE_TABLE = Pattern.compile("(?i)CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?`?([a-z_][a-z0-9_]*)`?");
  private static final Pattern DROP_TABLE = Pattern.compile("(?i)DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?`?([a-z_][a-z0-9_]*)`?");
  /** Text blocks first, then ordinary literals. */
  private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
  /** SQL keywords in either case; table names are lower case (JPQL's entity names are not, so JPQL is not mistaken for SQL). */
  private static final Pattern TABLE_AFTER_KEYWORD = Pattern.compile("(?i:\\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\\s+)`?([a-z_][a-z0-9_]*)\\b");

  @Test
  void everyTableInTheMigrationsHasOneOwningArea() throws IOException {
    Set<String> tables = tablesInMigrations();
    assertThat(tables).as("tables created in db/migration").isNotEmpty();
    assertThat(OWNER.keySet()).as("every table has an owner, and every owned table exists").containsExactlyInAnyOrderElementsOf(tables);
    assertThat(Set.copyOf(OWNER.values())).isSubsetOf(Set.of("member", "account", "catalog", "ledger", "split", "order", "payment", "mail", "savings", "welfare", "shared"));
  }

  @Test
  void noAreaNamesAnotherAreasTablesInItsSql() throws IOException {
    assertThat(foreignTables(SOURCES)).as("SQL naming another area's tables (ask that area's service instead)").isEmpty();
  }

  /** The scan itself must see a violation when there is one, or the test above proves nothing. */
  @Test
  void theScanFindsAForeignTableInAnAreasSql() {
    String source = "class Orders { Object x = em.createNativeQuery(\"SELECT id FROM journal_entry\"\n + \" WHERE k = ?\"); "
        + "String jpql = \"SELECT p FROM Product p\"; String own = \"UPDATE shop_order SET x = 1\"; }";
    assertThat(foreignTablesIn("order", source)).containsExactly("journal_entry");
    assertThat(foreignTablesIn("split", "String q = \"\"\"\n  SELECT 1 FROM sale_split s\n  JOIN member m ON m.id = s.maker_member_id\n  \"\"\";")).containsExactly("member");
  }

  static List<String> foreignTables(Path root) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String area = root.relativize(file).getName(0).toString();
        for (String table : foreignTablesIn(area, Files.readString(file))) {
          found.add(root.relativize(file) + " names " + table + " (" + OWNER.get(table) + "'s)");
        }
      }
    }
    return found;
  }

  static Set<String> foreignTablesIn(String area, String source) {
    StringBuilder sql = new StringBuilder();
    Matcher literal = LITERAL.matcher(source);
    while (literal.find()) {
      sql.append(literal.group(1) != null ? literal.group(1) : literal.group(2)).append(' ');
    }
    Set<String> foreign = new TreeSet<>();
    Matcher table = TABLE_AFTER_KEYWORD.matcher(sql);
    while (table.find()) {
      String owner = OWNER.get(table.group(1));
      if (owner != null && !owner.equals(area)) {
        foreign.add(table.group(1));
      }
    }
    return foreign;
  }

  private static Set<String> tablesInMigrations() throws IOException {
    Set<String> tables = new TreeSet<>();
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
        String sql = Files.readString(file);
        CREATE_TABLE.matcher(sql).results().forEach(m -> tables.add(m.group(1).toLowerCase()));
        DROP_TABLE.matcher(sql).results().forEach(m -> tables.remove(m.group(1).toLowerCase()));
      }
    }
    return tables;
  }
}
