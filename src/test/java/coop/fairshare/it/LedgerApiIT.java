package coop.fairshare.it;

import static coop.fairshare.it.Api.json;
import static coop.fairshare.it.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.fairshare.shared.CoopTime;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Treasurers' and admins' scripts against the ledger and split API: maker-checker between two
 * treasurers, reversal, month close, split rules under the maker's floor, and the public preview.
 */
@ExtendWith(SharedApp.class)
class LedgerApiIT {

  private final URL deployed = SharedApp.address();

  private static String first;
  private static String second;
  private static String admin;
  private static String shopper;
  private Api api;

  @BeforeEach
  void setUp() throws Exception {
    api = new Api(Deployments.onLoopback(deployed));
    if (first == null) {
      String tag = Fixtures.tag();
      try (Connection c = Fixtures.connect()) {
        first = Fixtures.treasurer(c, tag + "a");
        second = Fixtures.treasurer(c, tag + "b");
        admin = Fixtures.admin(c, tag);
        shopper = Fixtures.shopper(c, tag);
      }
    }
  }

  @Test
  void aManualEntryIsPostedOnlyWhenASecondTreasurerApproves() throws Exception {
    long cash = accountId("1000");
    long welfare = accountId("3100");
    String body = "{\"description\":\"เงินบริจาคเข้ากองทุนสวัสดิการ\",\"lines\":[{\"accountId\":" + cash + ",\"side\":\"D\",\"amountSatang\":250000},"
        + "{\"accountId\":" + welfare + ",\"side\":\"C\",\"amountSatang\":250000}]}";
    JsonObject proposal = json(api.post("api/ledger/proposals", body, first), 200);
    assertThat(proposal.getString("status")).isEqualTo("PROPOSED");
    assertThat(proposal.get("postedEntryId")).isIn(null, JsonValue.NULL);
    long id = proposal.getJsonNumber("id").longValue();

    problem(api.post("api/ledger/proposals/" + id + "/approve", "", first), 409, "ledger.manual.sameTreasurer");
    problem(api.post("api/ledger/proposals/" + id + "/approve", "", shopper), 403, "error.accessRefused");

    JsonObject entry = json(api.post("api/ledger/proposals/" + id + "/approve", "", second), 200);
    assertThat(entry.getString("source")).isEqualTo("MANUAL");
    assertThat(entry.getJsonNumber("totalSatang").longValue()).isEqualTo(250000);
    assertThat(entry.getString("createdBy")).isEqualTo(second);
    assertThat(entry.getString("sourceRef")).endsWith(":" + first);
    problem(api.post("api/ledger/proposals/" + id + "/approve", "", admin), 409, "ledger.manual.alreadyDecided");

    JsonObject trial = json(api.get("api/ledger/trial-balance", second), 200);
    assertThat(trial.getBoolean("balances")).isTrue();
    assertThat(trial.getJsonNumber("totalDebitSatang").longValue()).isEqualTo(trial.getJsonNumber("totalCreditSatang").longValue());
    assertThat(json(api.get("api/ledger/audit", first), 200).getJsonArray("accountsOff")).isEmpty();

    // the welfare fund's month-end history ends with this month's balance, the same as the trial balance's
    jakarta.json.JsonArray history = Json.createReader(new java.io.StringReader(api.get("api/ledger/accounts/3100/month-ends?months=3", first).body())).readArray();
    assertThat(history).hasSize(3);
    long welfareNow = trial.getJsonArray("accounts").getValuesAs(JsonObject.class).stream().filter(a -> a.getString("code").equals("3100"))
        .findFirst().orElseThrow().getJsonNumber("balanceSatang").longValue();
    assertThat(history.getJsonObject(2).getJsonNumber("balanceSatang").longValue()).isEqualTo(welfareNow).isGreaterThanOrEqualTo(250000);
    assertThat(history.getJsonObject(2).getString("month")).isEqualTo(CoopTime.thisMonth().toString());
    problem(api.get("api/ledger/accounts/9999/month-ends", first), 404, "error.notFound");
  }

  @Test
  void anUnbalancedProposalIsRefusedAndNothingIsStored() throws Exception {
    long cash = accountId("1000");
    long welfare = accountId("3100");
    String body = "{\"description\":\"ผิด\",\"lines\":[{\"accountId\":" + cash + ",\"side\":\"D\",\"amountSatang\":1000},"
        + "{\"accountId\":" + welfare + ",\"side\":\"C\",\"amountSatang\":999}]}";
    problem(api.post("api/ledger/proposals", body, first), 400, "ledger.entry.unbalanced");
    problem(api.post("api/ledger/proposals", "{\"description\":\"x\",\"lines\":[{\"accountId\":" + cash + ",\"side\":\"D\",\"amountSatang\":-5},"
        + "{\"accountId\":" + welfare + ",\"side\":\"C\",\"amountSatang\":-5}]}", first), 400, "ledger.line.amountPositive");
    problem(api.post("api/ledger/proposals", "not json", first), 400, null);
    try (Connection c = Fixtures.connect()) {
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM manual_entry_proposal WHERE description IN ('ผิด', 'x')")).isZero();
    }
  }

  @Test
  void aReversalSwapsEveryLineAndHappensOnce() throws Exception {
    long cash = accountId("1000");
    long coop = accountId("3000");
    long id = json(api.post("api/ledger/proposals", "{\"description\":\"ทุนเริ่มต้น\",\"lines\":[{\"accountId\":" + cash + ",\"side\":\"D\",\"amountSatang\":1234567},"
        + "{\"accountId\":" + coop + ",\"side\":\"C\",\"amountSatang\":1234567}]}", first), 200).getJsonNumber("id").longValue();
    long entryId = json(api.post("api/ledger/proposals/" + id + "/approve", "", second), 200).getJsonNumber("id").longValue();

    JsonObject reversal = json(api.post("api/ledger/entries/" + entryId + "/reversal", "{\"reason\":\"ลงผิดบัญชี\"}", first), 200);
    assertThat(reversal.getString("source")).isEqualTo("REVERSAL");
    assertThat(reversal.getJsonNumber("reversesEntryId").longValue()).isEqualTo(entryId);
    assertThat(reversal.getJsonArray("lines").getValuesAs(JsonObject.class)).extracting(l -> l.getString("accountCode") + l.getString("side"))
        .containsExactly("1000C", "3000D");
    JsonObject again = json(api.post("api/ledger/entries/" + entryId + "/reversal", "{}", second), 200);
    assertThat(again.getJsonNumber("id").longValue()).isEqualTo(reversal.getJsonNumber("id").longValue());
    assertThat(json(api.get("api/ledger/entries/" + entryId, first), 200).getJsonNumber("reversedByEntryId").longValue()).isEqualTo(reversal.getJsonNumber("id").longValue());
    problem(api.post("api/ledger/entries/" + reversal.getJsonNumber("id").longValue() + "/reversal", "{}", first), 409, "ledger.reverseReversal");
  }

  @Test
  void aClosedMonthRefusesTheApprovalOfAnEntryDatedInIt() throws Exception {
    // a month of this test's own: LedgerIT closes 2021-03, nothing else closes months
    String month = "2022-05";
    json(api.post("api/ledger/periods/" + month + "/close", "", first), 200);
    problem(api.post("api/ledger/periods/" + month + "/close", "", second), 409, "ledger.alreadyClosed");
    problem(api.post("api/ledger/periods/" + CoopTime.thisMonth().plusMonths(1) + "/close", "", first), 409, "ledger.closeFutureMonth");
    problem(api.post("api/ledger/periods/last-year/close", "", first), 400, "ledger.month.invalid");

    long cash = accountId("1000");
    long coop = accountId("3000");
    long id = json(api.post("api/ledger/proposals", "{\"date\":\"" + month + "-10\",\"description\":\"ย้อนหลัง\",\"lines\":[{\"accountId\":" + cash
        + ",\"side\":\"D\",\"amountSatang\":100},{\"accountId\":" + coop + ",\"side\":\"C\",\"amountSatang\":100}]}", first), 200).getJsonNumber("id").longValue();
    JsonObject refused = problem(api.post("api/ledger/proposals/" + id + "/approve", "", second), 409, "ledger.periodClosed");
    assertThat(refused.getString("detail")).contains(month);
    try (Connection c = Fixtures.connect()) {
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM manual_entry_proposal WHERE id = ? AND status = 'PROPOSED'", id)).isEqualTo(1);
    }
  }

  /**
   * Issue 13: a million members' accounts are never listed at once. Without a page the trial balance
   * is the own accounts and one control line; every account comes a page at a time, with the
   * whole books' totals on every page.
   */
  @Test
  void theTrialBalanceSumsMembersAccountsIntoOneLineAndListsEveryAccountOnlyAPageAtATime() throws Exception {
    String tag = Fixtures.tag();
    long own;
    long all;
    try (Connection c = Fixtures.connect()) {
      // members' accounts of this test's own (no purpose's prefix, no lines): enough that a page is not the whole list
      for (int i = 0; i < 3; i++) {
        try (java.sql.PreparedStatement open = c.prepareStatement("INSERT INTO ledger_account (code, name_th, name_en, type, owner_kind, owner_id)"
            + " VALUES (?, 'ทดสอบ', 'Test', 'LIABILITY', 'MEMBER', ?)")) {
          open.setString(1, "2999-" + tag + i);
          open.setLong(2, 900_000_000L + java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
          open.executeUpdate();
        }
        c.createStatement().executeUpdate("INSERT INTO account_balance (account_id, slot) SELECT id, 0 FROM ledger_account WHERE code = '2999-" + tag + i + "'");
      }
      own = Fixtures.number(c, "SELECT COUNT(*) FROM ledger_account WHERE owner_kind = 'NONE'");
      all = Fixtures.number(c, "SELECT COUNT(*) FROM ledger_account");
    }
    JsonObject summary = json(api.get("api/ledger/trial-balance", first), 200);
    List<String> codes = summary.getJsonArray("accounts").getValuesAs(JsonObject.class).stream().map(a -> a.getString("code")).toList();
    assertThat(codes).hasSize((int) own + 1).contains("2xxx-*").noneMatch(code -> code.startsWith("2999-"));
    long debits = summary.getJsonNumber("totalDebitSatang").longValue();
    assertThat(summary.getJsonNumber("totalCreditSatang").longValue()).isEqualTo(debits);
    assertThat(summary.getBoolean("balances")).isTrue();
    assertThat(summary.containsKey("page")).isFalse();

    List<String> paged = new java.util.ArrayList<>();
    JsonObject page;
    int number = 0;
    do {
      page = json(api.get("api/ledger/trial-balance?page=" + number + "&size=7", first), 200);
      assertThat(page.getInt("page")).isEqualTo(number++);
      assertThat(page.getJsonArray("accounts")).hasSizeLessThanOrEqualTo(7);
      assertThat(page.getJsonNumber("totalDebitSatang").longValue()).as("the whole books' totals, not the page's").isEqualTo(debits);
      page.getJsonArray("accounts").getValuesAs(JsonObject.class).forEach(a -> paged.add(a.getString("code")));
    } while (page.getBoolean("more"));
    // accounts opened by tests running beside this one may come in between
    assertThat(paged).hasSizeGreaterThanOrEqualTo((int) all).doesNotHaveDuplicates().contains("1000", "2999-" + tag + "0", "2999-" + tag + "2");
    JsonObject firstPage = json(api.get("api/ledger/trial-balance?size=2", first), 200);
    assertThat(firstPage.getJsonArray("accounts")).hasSize(2);
    assertThat(firstPage.getBoolean("more")).isTrue();
    assertThat(json(api.get("api/ledger/trial-balance?page=0", first), 200).getInt("size")).isEqualTo(100);

    assertThat(problem(api.get("api/ledger/trial-balance?page=0&size=501", first), 400, "error.wholeNumberExpected").getString("field")).isEqualTo("size");
    assertThat(problem(api.get("api/ledger/trial-balance?page=0&size=0", first), 400, "error.wholeNumberExpected").getString("field")).isEqualTo("size");
    assertThat(problem(api.get("api/ledger/trial-balance?page=-1", first), 400, "error.wholeNumberExpected").getString("field")).isEqualTo("page");
    assertThat(problem(api.get("api/ledger/trial-balance?page=two", first), 400, "error.wholeNumberExpected").getString("field")).isEqualTo("page");
  }

  /**
   * Issue 13: a fund's month-end history keeps a closed month's totals once and reads them, not the
   * month's lines, and equals the plain sum of the lines at every month's end.
   */
  @Test
  void aFundsMonthEndsKeepAClosedMonthsTotalsAndEqualThePlainSumOfItsLines() throws Exception {
    // a month of this test's own (aClosedMonth... closes 2022-05, LedgerIT 2021-03)
    String month = "2023-02";
    long cash = accountId("1000");
    long coop = accountId("3000");
    for (String date : List.of(month + "-10", month + "-27", CoopTime.thisMonth().minusMonths(1) + "-15", CoopTime.today().toString())) {
      long id = json(api.post("api/ledger/proposals", "{\"date\":\"" + date + "\",\"description\":\"ทุน " + date + "\",\"lines\":[{\"accountId\":" + cash
          + ",\"side\":\"D\",\"amountSatang\":70000},{\"accountId\":" + coop + ",\"side\":\"C\",\"amountSatang\":70000}]}", first), 200).getJsonNumber("id").longValue();
      json(api.post("api/ledger/proposals/" + id + "/approve", "", second), 200);
    }
    json(api.post("api/ledger/periods/" + month + "/close", "", first), 200);

    assertThat(monthEnds("3000")).isEqualTo(plainMonthEnds(coop));
    try (Connection c = Fixtures.connect()) {
      // kept on the first read, as the month's lines add up
      assertThat(Fixtures.number(c, "SELECT SUM(credit_satang - debit_satang) FROM account_month_total WHERE account_id = ? AND period = ?", coop, month))
          .isEqualTo(Fixtures.number(c, "SELECT SUM(CASE l.side WHEN 'C' THEN l.amount_satang ELSE -l.amount_satang END) FROM journal_line l"
              + " JOIN journal_entry e ON e.id = l.entry_id WHERE l.account_id = ? AND DATE_FORMAT(e.entry_date, '%Y-%m') = ?", coop, month))
          .isGreaterThanOrEqualTo(140000);
    }
    // the kept totals are what is read: made 1 satang off (by hand, never by the app), the months before show it
    try (Connection c = Fixtures.connect()) {
      c.createStatement().executeUpdate("UPDATE account_month_total SET credit_satang = credit_satang + 1 WHERE account_id = " + coop + " AND period = '" + month + "' ORDER BY source, key_kind LIMIT 1");
      try {
        Map<String, Long> read = monthEnds("3000");
        Map<String, Long> plain = plainMonthEnds(coop);
        assertThat(read.get("2023-01")).isEqualTo(plain.get("2023-01") - 1);
        assertThat(read.get(month)).isEqualTo(plain.get(month));
      } finally {
        c.createStatement().executeUpdate("UPDATE account_month_total SET credit_satang = credit_satang - 1 WHERE account_id = " + coop + " AND period = '" + month + "' ORDER BY source, key_kind LIMIT 1");
      }
    }
    assertThat(monthEnds("3000")).isEqualTo(plainMonthEnds(coop));
  }

  private Map<String, Long> monthEnds(String code) throws Exception {
    Map<String, Long> ends = new java.util.LinkedHashMap<>();
    Json.createReader(new java.io.StringReader(api.get("api/ledger/accounts/" + code + "/month-ends?months=120", first).body())).readArray()
        .getValuesAs(JsonObject.class).forEach(m -> ends.put(m.getString("month"), m.getJsonNumber("balanceSatang").longValue()));
    return ends;
  }

  /** Each of the last 120 months' end: every line of the account dated up to it, credits less debits (an equity's balance). */
  private static Map<String, Long> plainMonthEnds(long accountId) throws SQLException {
    Map<String, Long> ends = new java.util.LinkedHashMap<>();
    try (Connection c = Fixtures.connect()) {
      for (java.time.YearMonth m = CoopTime.thisMonth().minusMonths(119); !m.isAfter(CoopTime.thisMonth()); m = m.plusMonths(1)) {
        ends.put(m.toString(), Fixtures.number(c, "SELECT COALESCE(SUM(CASE l.side WHEN 'C' THEN l.amount_satang ELSE -l.amount_satang END), 0) FROM journal_line l"
            + " JOIN journal_entry e ON e.id = l.entry_id WHERE l.account_id = ? AND e.entry_date <= ?", accountId, java.sql.Date.valueOf(m.atEndOfMonth())));
      }
    }
    return ends;
  }

  @Test
  void theLedgerIsClosedToShoppersAndAnonymousCallers() throws Exception {
    problem(api.get("api/ledger/trial-balance", shopper), 403, "error.accessRefused");
    problem(api.get("api/ledger/trial-balance", null), 401, null);
  }

  @Test
  void anyoneCanSeeWhereTheirMoneyGoes() throws Exception {
    JsonObject parts = json(api.post("api/split/preview", "{\"amount\":\"100.00\"}", null), 200);
    long sum = parts.getJsonNumber("makerSatang").longValue() + parts.getJsonNumber("groupSatang").longValue()
        + parts.getJsonNumber("coopSatang").longValue() + parts.getJsonNumber("welfareSatang").longValue();
    assertThat(sum).isEqualTo(10000);
    assertThat(parts.getJsonNumber("makerSatang").longValue()).isEqualTo(7000);
    assertThat(parts.getJsonNumber("coopAfterFeeSatang").longValue()).isEqualTo(parts.getJsonNumber("coopSatang").longValue() - parts.getJsonNumber("feeSatang").longValue());
    JsonObject odd = json(api.post("api/split/preview", "{\"amount\":\"0.07\"}", null), 200);
    assertThat(odd.getJsonNumber("makerSatang").longValue() + odd.getJsonNumber("groupSatang").longValue() + odd.getJsonNumber("coopSatang").longValue()
        + odd.getJsonNumber("welfareSatang").longValue()).isEqualTo(7);
    problem(api.post("api/split/preview", "{\"amount\":\"-5\"}", null), 400, "split.amount.range");
    problem(api.post("api/split/preview", "{\"amount\":\"1.005\"}", null), 400, "money.decimals");
    problem(api.post("api/split/preview", "{}", null), 400, "split.amount.required");
    problem(api.post("api/split/preview", "{\"amount\":\"10\",\"productId\":987654321}", null), 404, "error.notFound");
  }

  @Test
  void onlyAnAdminAddsSplitRulesAndNeverBelowTheMakersFloor() throws Exception {
    // years ahead in Bangkok: in force on no day any test runs, so no other test's sale is split under it
    String tomorrow = CoopTime.today().plusYears(3).toString();
    String below = "{\"scope\":\"CATEGORY\",\"category\":\"HANDICRAFT\",\"effectiveFrom\":\"" + tomorrow + "\",\"makerBp\":4000,\"groupBp\":3000,\"coopBp\":2000,\"welfareBp\":1000,\"makerSavingsBp\":0}";
    problem(api.post("api/split/rules", below, admin), 409, "split.belowFloor");
    JsonObject foo = problem(api.in("en").post("api/split/rules", "{\"scope\":\"FOO\"}", admin), 400, "error.unknownValue");
    assertThat(foo.getString("detail")).contains("scope").contains("COOP").contains("CATEGORY").contains("GROUP");
    JsonObject belowInThai = problem(api.in("th").post("api/split/rules", below, admin), 409, "split.belowFloor");
    assertThat(belowInThai.getString("detail")).isEqualTo("ส่วนแบ่งผู้ผลิต 40% ต่ำกว่าขั้นต่ำที่สหกรณ์รับประกัน 50%");
    String notWhole = "{\"scope\":\"CATEGORY\",\"category\":\"HANDICRAFT\",\"effectiveFrom\":\"" + tomorrow + "\",\"makerBp\":7000,\"groupBp\":2000,\"coopBp\":1000,\"welfareBp\":1000,\"makerSavingsBp\":0}";
    problem(api.post("api/split/rules", notWhole, admin), 400, "split.shares.sum");
    String past = "{\"scope\":\"COOP\",\"effectiveFrom\":\"2020-02-01\",\"makerBp\":7000,\"groupBp\":1500,\"coopBp\":1000,\"welfareBp\":500,\"makerSavingsBp\":500}";
    problem(api.post("api/split/rules", past, admin), 409, "split.rule.pastDate");
    String good = "{\"scope\":\"CATEGORY\",\"category\":\"HANDICRAFT\",\"effectiveFrom\":\"" + tomorrow + "\",\"makerBp\":7200,\"groupBp\":1300,\"coopBp\":1000,\"welfareBp\":500,\"makerSavingsBp\":300,\"note\":\"ทดสอบ\"}";
    problem(api.post("api/split/rules", good, first), 403, "error.accessRefused");
    JsonObject rule = json(api.post("api/split/rules", good, admin), 200);
    assertThat(rule.getInt("makerBp")).isEqualTo(7200);
    assertThat(rule.getString("effectiveFrom")).isEqualTo(tomorrow);
    problem(api.post("api/split/rules", good, admin), 409, "split.rule.sameDate");
    // not in force yet: today's preview still uses the cooperative's rule
    assertThat(json(api.post("api/split/preview", "{\"amount\":\"100.00\"}", null), 200).getJsonNumber("makerSatang").longValue()).isEqualTo(7000);
  }

  @Test
  void anUnknownScopeIsRefusedInTheUsersWordsAndOnlyAfterTheRoleIsChecked() throws Exception {
    String tomorrow = CoopTime.today().plusDays(2).toString();
    String foo = "{\"scope\":\"FOO\",\"effectiveFrom\":\"" + tomorrow + "\",\"makerBp\":7000,\"groupBp\":1500,\"coopBp\":1000,\"welfareBp\":500}";
    JsonObject unknown = problem(api.post("api/split/rules", foo, admin), 400, "error.unknownValue");
    ShopApiIT.assertInternalsHidden(unknown);
    assertThat(unknown.getString("detail")).contains("COOP");
    problem(api.post("api/split/rules", foo.replace("\"scope\":\"FOO\"", "\"scope\":\"CATEGORY\",\"category\":\"JEWELS\""), admin), 400, "error.unknownValue");
    problem(api.post("api/split/rules", foo.replace("FOO", "COOP").replace("\"makerBp\":7000,", ""), admin), 400, "error.fieldRequired");
    problem(api.post("api/split/rules", foo.replace("7000", "4294974296"), admin), 400, "error.wholeNumberExpected");
    // who is asking comes first: someone who may not add rules learns nothing about the body
    problem(api.post("api/split/rules", foo, first), 403, "error.accessRefused");
    problem(api.post("api/split/rules", "{not json", first), 403, "error.accessRefused");
    problem(api.post("api/split/rules", foo, null), 401, "error.signInRequired");
    problem(api.post("api/split/rules", "{\"makerBp\":\"lots\"}", shopper), 403, "error.accessRefused");
    problem(api.post("api/split/preview", "{\"amount\":\"1E-1000000000\"}", null), 400, "split.preview.amount");
    problem(api.post("api/split/rules", foo.replace("\"scope\":\"FOO\"", "\"scope\":\"GROUP\",\"groupId\":987654321"), admin), 404, "error.notFound");
    assertThat(api.get("api/split/rules", null).body()).doesNotContain("FOO");
  }

  @Test
  void aProposalWithANullOrIncompleteLineIsRefusedAndNothingIsStored() throws Exception {
    long cash = accountId("1000");
    long count = proposals();
    ShopApiIT.assertInternalsHidden(problem(api.post("api/ledger/proposals", "{\"description\":\"null line\",\"lines\":[null]}", first), 400, "error.listElementMissing"));
    problem(api.post("api/ledger/proposals", "{\"description\":\"no amount\",\"lines\":[{\"accountId\":" + cash + ",\"side\":\"D\"}]}", first), 400, "error.fieldRequired");
    problem(api.post("api/ledger/proposals", "{\"description\":\"no side\",\"lines\":[{\"accountId\":" + cash + ",\"amountSatang\":100}]}", first), 400, "error.fieldRequired");
    problem(api.post("api/ledger/proposals", "{\"description\":\"wraps\",\"lines\":[{\"accountId\":" + cash + ",\"side\":\"D\",\"amountSatang\":18446744073709551716}]}", first), 400,
        "error.wholeNumberExpected");
    problem(api.post("api/ledger/proposals", "null", first), 400, "error.bodyRequired");
    problem(api.get("api/ledger/accounts/1000/month-ends?months=4294967308", first), 400, "error.wholeNumberExpected");
    assertThat(proposals()).as("nothing stored").isEqualTo(count);
  }

  @Test
  void aMonthBeforeTheLedgersFirstCannotBeClosed() throws Exception {
    JsonObject refused = problem(api.post("api/ledger/periods/1990-01/close", "", first), 409, "ledger.beforeFirstMonth");
    ShopApiIT.assertInternalsHidden(refused);
    problem(api.post("api/ledger/periods/-9999-01/close", "", first), 409, "ledger.beforeFirstMonth");
    try (Connection c = Fixtures.connect()) {
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM ledger_period WHERE period < '2020-01'")).as("no month made up before the ledger's first").isZero();
    }
  }

  @Test
  void theJournalPageReadsAPageOfEntriesInAFewStatementsWhateverItsLength() throws Exception {
    long cash = accountId("1000");
    long welfare = accountId("3100");
    String mark = "journal-page-" + Fixtures.tag();
    for (int i = 1; i <= 26; i++) {
      String body = "{\"description\":\"" + mark + "-" + i + "\",\"lines\":[{\"accountId\":" + cash + ",\"side\":\"D\",\"amountSatang\":" + (100 + i) + "},"
          + "{\"accountId\":" + welfare + ",\"side\":\"C\",\"amountSatang\":" + (100 + i) + "}]}";
      long id = json(api.post("api/ledger/proposals", body, first), 200).getJsonNumber("id").longValue();
      json(api.post("api/ledger/proposals/" + id + "/approve", "", second), 200);
    }
    String page = "treasurer/journal.xhtml?source=MANUAL";
    String shown = api.get(page, first).body();
    // newest first: the last 25 of the 26 posted, each with its lines' total
    assertThat(shown).containsPattern(mark + "-26\\s").containsPattern(mark + "-2\\s").contains("1.26", "1.02").doesNotContainPattern(mark + "-1\\s");
    assertThat(shown.split("class=\"fs-entry\"", -1)).hasSize(26);

    long before = selects();
    for (int i = 0; i < 10; i++) {
      assertThat(api.get(page, first).statusCode()).isEqualTo(200);
    }
    double perView = (selects() - before) / 10.0;
    // entry by entry it was 2 statements an entry, 54 for a page of 25
    assertThat(perView).as("SELECTs a view of a page of 25 journal entries costs").isLessThanOrEqualTo(10);
  }

  /** SELECTs MariaDB has run so far (every connection's, the server's own timers too). */
  private static long selects() throws Exception {
    try (Connection c = Fixtures.connect(); java.sql.ResultSet status = c.createStatement().executeQuery("SHOW GLOBAL STATUS LIKE 'Com_select'")) {
      status.next();
      return status.getLong(2);
    }
  }

  private static long proposals() throws Exception {
    try (Connection c = Fixtures.connect()) {
      return Fixtures.number(c, "SELECT COUNT(*) FROM manual_entry_proposal");
    }
  }

  @Test
  void anAuditRunsInTheBackgroundKeepsItsResultAndNamesExactlyTheAccountMadeWrong() throws Exception {
    problem(api.post("api/ledger/audits", "", shopper), 403, "error.accessRefused");
    problem(api.get("api/ledger/audits/latest", shopper), 403, "error.accessRefused");
    problem(api.get("api/ledger/audits/999999999", first), 404, "error.notFound");

    long id = startAudit(first);
    JsonObject done = auditFinished(id);
    assertThat(done.getBoolean("clean")).as(done.toString()).isTrue();
    assertThat(done.getInt("percent")).isEqualTo(100);
    assertThat(done.getInt("accountsChecked")).isGreaterThanOrEqualTo(done.getInt("accounts")).isPositive();
    assertThat(done.getJsonNumber("entriesChecked").longValue()).isGreaterThanOrEqualTo(done.getJsonNumber("entries").longValue());
    assertThat(done.getJsonNumber("linesSummed").longValue()).isPositive();
    assertThat(done.getJsonNumber("totalDebitSatang").longValue()).isEqualTo(done.getJsonNumber("totalCreditSatang").longValue());
    assertThat(done.getString("startedBy")).isEqualTo(first);
    assertThat(json(api.get("api/ledger/audits/latest", second), 200).getJsonNumber("id").longValue()).as("the result is kept").isEqualTo(id);

    // the books made wrong on purpose: one balance row of the cash account moved on both sides, so
    // the trial balance still balances but the account no longer equals its lines
    long cash = accountId("1000");
    try (Connection c = Fixtures.connect()) {
      Fixtures.update(c, "UPDATE account_balance SET debit_satang = debit_satang + 1234, credit_satang = credit_satang + 1234 WHERE account_id = ? AND slot = 0", cash);
    }
    try {
      JsonObject wrong = auditFinished(startAudit(second));
      assertThat(wrong.getBoolean("clean")).as(wrong.toString()).isFalse();
      assertThat(wrong.getInt("accountsOff")).isEqualTo(1);
      assertThat(wrong.getInt("entriesOff")).isZero();
      assertThat(wrong.getJsonNumber("totalDebitSatang").longValue()).isEqualTo(wrong.getJsonNumber("totalCreditSatang").longValue());
      List<JsonObject> differences = wrong.getJsonArray("differences").getValuesAs(JsonObject.class);
      assertThat(differences).hasSize(1);
      JsonObject off = differences.get(0);
      assertThat(off.getString("accountCode")).isEqualTo("1000");
      assertThat(off.getJsonNumber("balanceDebitSatang").longValue() - off.getJsonNumber("lineDebitSatang").longValue()).isEqualTo(1234);
      assertThat(off.getJsonNumber("balanceCreditSatang").longValue() - off.getJsonNumber("lineCreditSatang").longValue()).isEqualTo(1234);
      JsonObject latest = json(api.get("api/ledger/audits/latest", first), 200);
      assertThat(latest.getJsonNumber("id").longValue()).isEqualTo(wrong.getJsonNumber("id").longValue());
      assertThat(latest.getJsonArray("differences")).hasSize(1);
    } finally {
      try (Connection c = Fixtures.connect()) {
        Fixtures.update(c, "UPDATE account_balance SET debit_satang = debit_satang - 1234, credit_satang = credit_satang - 1234 WHERE account_id = ? AND slot = 0", cash);
      }
    }
    assertThat(auditFinished(startAudit(first)).getBoolean("clean")).as("right again").isTrue();
  }

  @Test
  void oneAuditRunsAtATimeAcrossInstancesAndAQuietOneIsTakenOver() throws Exception {
    // another instance's run, its worker still beating
    long other;
    try (Connection c = Fixtures.connect()) {
      other = Fixtures.insert(c, "INSERT INTO ledger_audit_run (accounts, entries, started_by) VALUES (0, 0, 'another-instance')");
    }
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<CompletableFuture<HttpResponse<String>>> starts = List.of(first, second).stream().map(who -> CompletableFuture.supplyAsync(() -> {
        try {
          go.await();
          return api.post("api/ledger/audits", "", who);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      })).toList();
      go.countDown();
      for (CompletableFuture<HttpResponse<String>> start : starts) {
        JsonObject answered = json(start.get(), 202);
        assertThat(answered.getJsonNumber("id").longValue()).as("the running run is answered").isEqualTo(other);
        assertThat(answered.getString("state")).isEqualTo("RUNNING");
      }
      try (Connection c = Fixtures.connect()) {
        assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM ledger_audit_run WHERE id > ?", other)).as("no second run").isZero();
        assertThat(Fixtures.number(c, "SELECT heartbeat_at < CURRENT_TIMESTAMP(3) - INTERVAL 30 SECOND FROM ledger_audit_run WHERE id = ?", other))
            .as("a beating run is not taken over").isZero();
        // and the database itself holds the line, whatever the code does
        assertThatThrownBy(() -> Fixtures.insert(c, "INSERT INTO ledger_audit_run (accounts, entries, started_by) VALUES (0, 0, 'a-third')"))
            .isInstanceOf(SQLException.class);
        // its instance died: the heartbeat went quiet a while ago
        Fixtures.update(c, "UPDATE ledger_audit_run SET heartbeat_at = CURRENT_TIMESTAMP(3) - INTERVAL 5 MINUTE WHERE id = ?", other);
      }
      // a start takes it over from its checkpoint, unless this instance's watch (every 20 s) has just
      // done so and finished it: either way the dead instance's run is done, and no second ran beside it
      long answered = startAudit(first);
      JsonObject done = auditFinished(other);
      if (answered != other) {
        assertThat(Instant.parse(done.getString("finishedAt"))).as("only once the quiet run was done")
            .isBeforeOrEqualTo(Instant.parse(auditFinished(answered).getString("startedAt")));
      }
      assertThat(done.getBoolean("clean")).as(done.toString()).isTrue();
      assertThat(done.getString("startedBy")).isEqualTo("another-instance");
    } finally {
      try (Connection c = Fixtures.connect()) {
        // never leave a beating run behind for the next test: the watch takes a quiet one over
        Fixtures.update(c, "UPDATE ledger_audit_run SET heartbeat_at = CURRENT_TIMESTAMP(3) - INTERVAL 5 MINUTE WHERE id = ? AND state = 'RUNNING'", other);
      }
    }
  }

  private long startAudit(String who) throws Exception {
    HttpResponse<String> started = api.post("api/ledger/audits", "", who);
    long id = json(started, 202).getJsonNumber("id").longValue();
    assertThat(started.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/ledger/audits/" + id));
    return id;
  }

  private JsonObject auditFinished(long id) throws Exception {
    long until = System.nanoTime() + 90_000_000_000L;
    while (true) {
      JsonObject run = json(api.get("api/ledger/audits/" + id, first), 200);
      if (!"RUNNING".equals(run.getString("state")) || System.nanoTime() > until) {
        assertThat(run.getString("state")).as(run.toString()).isEqualTo("DONE");
        return run;
      }
      Thread.sleep(200);
    }
  }

  private long accountId(String code) throws Exception {
    try (Connection c = Fixtures.connect()) {
      return Fixtures.number(c, "SELECT id FROM ledger_account WHERE code = ?", code);
    }
  }
}
