package coop.fairshare.it;

import static coop.fairshare.it.Api.json;
import static coop.fairshare.it.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.it.Fixtures.Group;
import coop.fairshare.shared.CoopTime;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The welfare fund through the API: members enrolled (from paper records too), their contributions
 * posted once to the fund, and the scheme's judgement of a claim with its reasons in Thai and English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WelfareIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @ArquillianResource
  private URL deployed;

  private static String treasurer;
  private static String treasurer2;
  private static String admin;
  private static String shopper;
  private static Connection db;
  private Api api;

  @BeforeEach
  void setUp() throws Exception {
    URI base = Deployments.onLoopback(deployed);
    api = new Api(base);
    if (treasurer == null) {
      db = Fixtures.connect();
      String tag = Fixtures.tag();
      treasurer = Fixtures.treasurer(db, tag);
      shopper = Fixtures.shopper(db, tag);
      treasurer2 = Fixtures.treasurer(db, Fixtures.tag());
      admin = Fixtures.admin(db, Fixtures.tag());
    }
  }

  private String member() throws Exception {
    Group g = Fixtures.group(db, Fixtures.tag(), 3, "กลุ่มสวัสดิการ", "Welfare group");
    try (var read = db.prepareStatement("SELECT m.member_number FROM member m JOIN producer_group g ON g.leader_member_id = m.id WHERE g.id = ?")) {
      read.setLong(1, g.id());
      try (var rows = read.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    }
  }

  private static String receipt() {
    return "WF-" + Fixtures.tag();
  }

  private static String months(YearMonth from, YearMonth to, YearMonth... skip) {
    List<String> months = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      if (!List.of(skip).contains(m)) {
        months.add("\"" + m + "\"");
      }
    }
    return "[" + String.join(",", months) + "]";
  }

  @Test
  void aMemberBroughtInFromPaperPaysHerMonthsOnceAndEachRefusalChangesNothing() throws Exception {
    String member = member();
    LocalDate joined = CoopTime.today().minusMonths(8).withDayOfMonth(10);
    problem(api.post("api/welfare/members", "{\"memberNumber\":\"" + member + "\",\"joinedOn\":\"" + CoopTime.today().plusDays(1) + "\"}", treasurer), 400, "welfare.enrol.future");
    problem(api.post("api/welfare/members", "{\"memberNumber\":\"" + member + "\"}", shopper), 403, null);
    problem(api.post("api/welfare/contributions", "{\"memberNumber\":\"" + member + "\",\"months\":[\"" + YearMonth.from(joined) + "\"],\"receiptNo\":\"" + receipt() + "\"}", treasurer),
        409, "welfare.member.notEnrolled");
    JsonObject enrolled = json(api.post("api/welfare/members", "{\"memberNumber\":\"" + member + "\",\"joinedOn\":\"" + joined + "\"}", treasurer), 201);
    assertThat(enrolled.getString("joinedOn")).isEqualTo(joined.toString());
    problem(api.post("api/welfare/members", "{\"memberNumber\":\"" + member + "\"}", treasurer), 409, "welfare.enrol.already");

    String first = receipt();
    JsonObject paid = json(api.post("api/welfare/contributions", "{\"memberNumber\":\"" + member + "\",\"months\":" + months(YearMonth.from(joined), YearMonth.from(joined).plusMonths(2))
        + ",\"receiptNo\":\"" + first + "\",\"method\":\"TRANSFER\"}", treasurer), 201);
    assertThat(paid.getJsonNumber("amountSatang").longValue()).isEqualTo(3 * 3000);
    JsonObject again = problem(api.post("api/welfare/contributions", "{\"memberNumber\":\"" + member + "\",\"months\":[\"" + YearMonth.from(joined).plusMonths(1) + "\",\""
        + YearMonth.from(joined).plusMonths(3) + "\"],\"receiptNo\":\"" + receipt() + "\"}", treasurer), 409, "welfare.contribution.paid");
    assertThat(again.getString("field")).isEqualTo("months");
    problem(api.post("api/welfare/contributions", "{\"memberNumber\":\"" + member + "\",\"months\":[\"" + YearMonth.from(joined).plusMonths(3) + "\"],\"receiptNo\":\"" + first + "\"}",
        treasurer), 409, "welfare.receipt.used");
    problem(api.post("api/welfare/contributions", "{\"memberNumber\":\"" + member + "\",\"months\":[\"" + YearMonth.from(joined).minusMonths(1) + "\"],\"receiptNo\":\"" + receipt()
        + "\"}", treasurer), 400, "welfare.contribution.beforeJoining");
    problem(api.post("api/welfare/contributions", "{\"memberNumber\":\"" + member + "\",\"months\":[\"2026-13\"],\"receiptNo\":\"" + receipt() + "\"}", treasurer), 400,
        "welfare.contribution.monthInvalid");

    JsonObject standing = json(api.get("api/welfare/members/" + member, treasurer), 200);
    assertThat(standing.getJsonArray("paidMonths")).hasSize(3);
    assertThat(standing.getJsonArray("unpaidBeforeThisMonth")).hasSize(5);
    auditIsClean();
  }

  @Test
  void theAssessmentJudgesAClaimByTheSchemeAndSaysWhyInTheCallersLanguage() throws Exception {
    String member = member();
    LocalDate joined = CoopTime.today().minusDays(200);
    json(api.post("api/welfare/members", "{\"memberNumber\":\"" + member + "\",\"joinedOn\":\"" + joined + "\"}", treasurer), 201);
    YearMonth now = CoopTime.thisMonth();
    json(api.post("api/welfare/contributions", "{\"memberNumber\":\"" + member + "\",\"months\":" + months(YearMonth.from(joined), now) + ",\"receiptNo\":\"" + receipt() + "\"}",
        treasurer), 201);

    // the 179th day after joining waits; the 180th is paid: ฿200 a night, 3 nights a stay
    String early = "{\"memberNumber\":\"" + member + "\",\"benefit\":\"HOSPITAL\",\"eventDate\":\"" + joined.plusDays(179) + "\",\"nights\":2}";
    JsonObject waits = json(api.in("en").post("api/welfare/claims/assessment", early, treasurer), 200);
    assertThat(waits.getBoolean("eligible")).isFalse();
    assertThat(waits.getJsonNumber("amountSatang").longValue()).isZero();
    assertThat(waits.getJsonArray("reasons").getJsonObject(0).getString("code")).isEqualTo("welfare.reason.waiting");
    assertThat(waits.getJsonArray("reasons").getJsonObject(0).getString("text")).isEqualTo("Benefits start 180 days after joining the fund: from " + joined.plusDays(180));
    String stay = "{\"memberNumber\":\"" + member + "\",\"benefit\":\"HOSPITAL\",\"eventDate\":\"" + joined.plusDays(180) + "\",\"nights\":4}";
    JsonObject paid = json(api.in("th").post("api/welfare/claims/assessment", stay, treasurer), 200);
    assertThat(paid.getBoolean("eligible")).isTrue();
    assertThat(paid.getJsonNumber("amountSatang").longValue()).isEqualTo(60000);
    assertThat(paid.getJsonArray("reasons").getJsonObject(0).getString("text")).isEqualTo("นอนโรงพยาบาล 4 คืน จ่ายได้ไม่เกิน 3 คืนต่อครั้ง");

    problem(api.post("api/welfare/claims/assessment", "{\"memberNumber\":\"" + member + "\",\"benefit\":\"HOSPITAL\",\"eventDate\":\"" + joined.plusDays(180) + "\"}", treasurer),
        400, "welfare.claim.nights");
    problem(api.post("api/welfare/claims/assessment", "{\"memberNumber\":\"" + member + "\",\"benefit\":\"PENSION\",\"eventDate\":\"" + joined.plusDays(180) + "\"}", treasurer),
        400, "error.unknownValue");
  }

  /** A member in the fund for 200 days with every month paid: any benefit but old age is hers to claim. */
  private String memberInGoodStanding() throws Exception {
    String member = member();
    LocalDate joined = CoopTime.today().minusDays(200);
    json(api.post("api/welfare/members", "{\"memberNumber\":\"" + member + "\",\"joinedOn\":\"" + joined + "\"}", treasurer), 201);
    json(api.post("api/welfare/contributions", "{\"memberNumber\":\"" + member + "\",\"months\":" + months(YearMonth.from(joined), CoopTime.thisMonth())
        + ",\"receiptNo\":\"" + receipt() + "\"}", treasurer), 201);
    return member;
  }

  private long ledgerAccount(String code, String field) throws Exception {
    for (JsonObject a : json(api.get("api/ledger/trial-balance", treasurer), 200).getJsonArray("accounts").getValuesAs(JsonObject.class)) {
      if (a.getString("code").equals(code)) {
        return a.getJsonNumber(field).longValue();
      }
    }
    throw new AssertionError("no ledger account " + code);
  }

  private long fund() throws Exception {
    return ledgerAccount("3100", "balanceSatang");
  }

  /** Brings the fund to exactly this much by a manual entry from or to the bank, made by one treasurer and approved by another. */
  private void fundHolds(long satang) throws Exception {
    long change = satang - fund();
    if (change == 0) {
      return;
    }
    long fundId = ledgerAccount("3100", "accountId");
    long bankId = ledgerAccount("1000", "accountId");
    String into = "{\"accountId\":" + fundId + ",\"side\":\"" + (change > 0 ? "C" : "D") + "\",\"amountSatang\":" + Math.abs(change) + "}";
    String bank = "{\"accountId\":" + bankId + ",\"side\":\"" + (change > 0 ? "D" : "C") + "\",\"amountSatang\":" + Math.abs(change) + "}";
    JsonObject proposal = json(api.post("api/ledger/proposals", "{\"description\":\"Test: the welfare fund set to a known amount\",\"lines\":[" + into + "," + bank + "]}", treasurer), 200);
    json(api.post("api/ledger/proposals/" + proposal.getJsonNumber("id").longValue() + "/approve", "", treasurer2), 200);
  }

  private static String claim(String member, String benefit, LocalDate day, String extra) {
    return "{\"memberNumber\":\"" + member + "\",\"benefit\":\"" + benefit + "\",\"eventDate\":\"" + day + "\"" + extra + "}";
  }

  private void auditIsClean() throws Exception {
    JsonObject audit = json(api.get("api/ledger/audit", treasurer), 200);
    assertThat(audit.getJsonArray("accountsOff")).isEmpty();
    assertThat(audit.getJsonArray("entriesOff")).isEmpty();
  }

  @Test
  void aClaimCountsAgainstTheYearsCapIsApprovedByTwoOthersAndPaidOrRejectedWithAReason() throws Exception {
    String member = memberInGoodStanding();
    LocalDate day = CoopTime.today().minusDays(3);
    JsonObject stay = json(api.post("api/welfare/claims", claim(member, "HOSPITAL", day, ",\"nights\":4"), treasurer), 201);
    assertThat(stay.getString("state")).isEqualTo("WAITING_FIRST");
    assertThat(stay.getJsonNumber("amountSatang").longValue()).isEqualTo(60000);
    long id = stay.getJsonNumber("id").longValue();
    // a waiting claim counts: ฿1,000 a year, so a second stay gets the ฿400 left and a third nothing
    JsonObject second = json(api.post("api/welfare/claims", claim(member, "HOSPITAL", day.minusDays(1), ",\"nights\":3"), treasurer), 201);
    assertThat(second.getJsonNumber("amountSatang").longValue()).isEqualTo(40000);
    JsonObject third = problem(api.in("en").post("api/welfare/claims", claim(member, "HOSPITAL", day.minusDays(2), ",\"nights\":1"), treasurer), 409, "welfare.claim.notEligible");
    assertThat(third.getString("detail")).contains("The 1,000 baht a year for hospital stays is used up this year");
    problem(api.post("api/welfare/claims", claim(member, "HOSPITAL", CoopTime.today().plusDays(1), ",\"nights\":1"), treasurer), 400, "welfare.claim.eventFuture");

    // a paper: its type by its first bytes
    problem(api.postBytes("api/welfare/claims/" + id + "/documents?name=note.pdf", "<html>".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "application/octet-stream", treasurer), 400,
        "welfare.document.type");
    JsonObject withPaper = json(api.postBytes("api/welfare/claims/" + id + "/documents?name=note.pdf", "%PDF-1.4 discharge".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        "application/pdf", treasurer), 201);
    assertThat(withPaper.getJsonArray("documents")).hasSize(1);

    // the one who submitted approves nothing; the first approver does not approve again
    problem(api.post("api/welfare/claims/" + id + "/approval", "{}", treasurer), 409, "welfare.claim.approve.ownClaim");
    problem(api.post("api/welfare/claims/" + id + "/approval", "{}", admin), 409, "welfare.claim.approve.treasurerFirst");
    assertThat(json(api.post("api/welfare/claims/" + id + "/approval", "{}", treasurer2), 200).getString("state")).isEqualTo("WAITING_SECOND");
    problem(api.post("api/welfare/claims/" + id + "/approval", "{}", treasurer2), 409, "welfare.claim.approve.twice");
    problem(api.post("api/welfare/claims/" + id + "/approval", "{}", shopper), 403, null);
    fundHolds(fund() + 60000);
    long before = fund();
    JsonObject paid = json(api.post("api/welfare/claims/" + id + "/approval", "{}", admin), 200);
    assertThat(paid.getString("state")).isEqualTo("PAID");
    assertThat(paid.getString("firstApprover")).isEqualTo(treasurer2);
    assertThat(paid.getString("secondApprover")).isEqualTo(admin);
    assertThat(fund()).isEqualTo(before - 60000);

    // a rejection needs the reason she reads, and frees the year's cap again
    long secondId = second.getJsonNumber("id").longValue();
    problem(api.post("api/welfare/claims/" + secondId + "/rejection", "{\"reason\":\" \"}", treasurer2), 400, "welfare.claim.reject.reason");
    JsonObject rejected = json(api.post("api/welfare/claims/" + secondId + "/rejection", "{\"reason\":\"ไม่มีใบรับรองแพทย์\"}", treasurer2), 200);
    assertThat(rejected.getString("state")).isEqualTo("REJECTED");
    assertThat(rejected.getString("rejectionReason")).isEqualTo("ไม่มีใบรับรองแพทย์");
    problem(api.post("api/welfare/claims/" + secondId + "/approval", "{}", treasurer), 409, "welfare.claim.state.REJECTED");
    assertThat(json(api.post("api/welfare/claims", claim(member, "HOSPITAL", day.minusDays(2), ",\"nights\":1"), treasurer), 201).getJsonNumber("amountSatang").longValue())
        .isEqualTo(20000);
    auditIsClean();
  }

  @Test
  void twoClaimsApprovedAtTheSameMomentAgainstAFundCoveringOneAreOnePaidOneQueued() throws Exception {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      String member = memberInGoodStanding();
      JsonObject disaster = json(api.post("api/welfare/claims", claim(member, "DISASTER", CoopTime.today().minusDays(1), ",\"amount\":\"2000\""), treasurer), 201);
      long id = disaster.getJsonNumber("id").longValue();
      json(api.post("api/welfare/claims/" + id + "/approval", "{\"amount\":\"2000\"}", treasurer2), 200);
      ids.add(id);
    }
    fundHolds(300000);
    assertThat(fund()).isEqualTo(300000);
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.Future<JsonObject>> answers = new ArrayList<>();
    java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      for (long id : ids) {
        Api own = new Api(Deployments.onLoopback(deployed));
        answers.add(two.submit(() -> {
          start.await();
          return json(own.post("api/welfare/claims/" + id + "/approval", "{}", admin), 200);
        }));
      }
      start.countDown();
      List<String> states = new ArrayList<>();
      for (var answer : answers) {
        states.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS).getString("state"));
      }
      assertThat(states).containsExactlyInAnyOrder("PAID", "QUEUED");
    } finally {
      two.shutdownNow();
    }
    assertThat(fund()).isEqualTo(100000);
    JsonObject queue = json(api.get("api/welfare/queue", treasurer), 200);
    assertThat(queue.getJsonArray("waiting")).hasSize(1);
    auditIsClean();
    // money comes in: the queued claim is paid and the fund is empty, not below
    fundHolds(200000);
    JsonObject paid = json(api.post("api/welfare/queue/payments", "", treasurer), 200);
    // (the minute's payout sweep may have been quicker than this call)
    assertThat(paid.getJsonArray("waiting")).isEmpty();
    for (long id : ids) {
      assertThat(json(api.get("api/welfare/claims/" + id, treasurer), 200).getString("state")).isEqualTo("PAID");
    }
    assertThat(paid.getJsonNumber("fundSatang").longValue()).isZero();
    auditIsClean();
  }

  private static String leaderOf(Group g) throws Exception {
    try (var read = db.prepareStatement("SELECT m.member_number FROM member m JOIN producer_group g ON g.leader_member_id = m.id WHERE g.id = ?")) {
      read.setLong(1, g.id());
      try (var rows = read.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    }
  }

  private static JsonObject line(JsonObject report, String table, String key) {
    return report.getJsonObject("claims").getJsonArray(table).getValuesAs(JsonObject.class).stream().filter(l -> l.getString("key").equals(key)).findFirst()
        .orElse(Json.createObjectBuilder().add("key", key).add("paid", 0).add("paidSatang", 0).build());
  }

  @Test
  void theReportsFiguresMoveWithContributionsAPaidClaimAndAMemberBehind() throws Exception {
    problem(api.get("api/welfare/reports", shopper), 403, null);
    problem(api.get("api/welfare/reports?from=2026-13", treasurer), 400, "welfare.report.monthInvalid");
    problem(api.get("api/welfare/reports?from=2026-05&to=2026-04", treasurer), 400, "welfare.report.periodOrder");
    LocalDate event = CoopTime.today().minusDays(1);
    String period = "api/welfare/reports?from=" + YearMonth.from(event) + "&to=" + CoopTime.thisMonth();
    JsonObject before = json(api.get(period, admin), 200);
    assertThat(before.getJsonArray("monthEnds")).hasSize(12);

    // a member in the fund for five months before this one, who paid two of them
    Group behind = Fixtures.group(db, Fixtures.tag(), 3, "กลุ่มค้างชำระ", "Group behind");
    String late = leaderOf(behind);
    YearMonth joined = CoopTime.thisMonth().minusMonths(5);
    json(api.post("api/welfare/members", "{\"memberNumber\":\"" + late + "\",\"joinedOn\":\"" + joined.atDay(1) + "\"}", treasurer), 201);
    json(api.post("api/welfare/contributions", "{\"memberNumber\":\"" + late + "\",\"months\":" + months(joined, joined.plusMonths(1)) + ",\"receiptNo\":\"" + receipt() + "\"}",
        treasurer), 201);
    // a member in good standing, paid up to this month, whose disaster claim of ฿500 is approved twice and paid
    String member = memberInGoodStanding();
    long hersPaid = 3000L * (YearMonth.from(CoopTime.today().minusDays(200)).until(CoopTime.thisMonth(), java.time.temporal.ChronoUnit.MONTHS) + 1);
    long id = json(api.post("api/welfare/claims", claim(member, "DISASTER", event, ",\"amount\":\"500\""), treasurer), 201).getJsonNumber("id").longValue();
    json(api.post("api/welfare/claims/" + id + "/approval", "{\"amount\":\"500\"}", treasurer2), 200);
    fundHolds(fund() + 50000);
    assertThat(json(api.post("api/welfare/claims/" + id + "/approval", "{}", admin), 200).getString("state")).isEqualTo("PAID");

    JsonObject after = json(api.get(period, treasurer), 200);
    JsonObject in = after.getJsonObject("moneyIn");
    assertThat(in.getJsonNumber("contributionsSatang").longValue() - before.getJsonObject("moneyIn").getJsonNumber("contributionsSatang").longValue())
        .isEqualTo(6000 + hersPaid);
    assertThat(in.getJsonNumber("claimsPaidSatang").longValue() - before.getJsonObject("moneyIn").getJsonNumber("claimsPaidSatang").longValue()).isEqualTo(50000);
    assertThat(in.getJsonNumber("totalSatang").longValue()).isEqualTo(in.getJsonNumber("contributionsSatang").longValue() + in.getJsonNumber("salesSatang").longValue()
        + in.getJsonNumber("donationsSatang").longValue() + in.getJsonNumber("grantsSatang").longValue() + in.getJsonNumber("otherSatang").longValue());
    // the fund's balance is the ledger's, and this month's end is it
    long balance = after.getJsonNumber("balanceSatang").longValue();
    assertThat(balance).isEqualTo(fund());
    var monthEnds = after.getJsonArray("monthEnds").getValuesAs(JsonObject.class);
    assertThat(monthEnds.get(11).getString("month")).isEqualTo(CoopTime.thisMonth().toString());
    assertThat(monthEnds.get(11).getJsonNumber("balanceSatang").longValue()).isEqualTo(balance);
    // the paid claim counted by benefit and month of the event
    for (String[] table : new String[][] {{"byBenefit", "DISASTER"}, {"byMonth", YearMonth.from(event).toString()}}) {
      JsonObject was = line(before, table[0], table[1]);
      JsonObject is = line(after, table[0], table[1]);
      assertThat(is.getInt("paid") - was.getInt("paid")).as(table[0]).isEqualTo(1);
      assertThat(is.getJsonNumber("paidSatang").longValue() - was.getJsonNumber("paidSatang").longValue()).as(table[0]).isEqualTo(50000);
    }
    // months covered: the balance over the year's payouts a month, to one decimal rounded down
    JsonObject cover = after.getJsonObject("cover");
    long paidYear = cover.getJsonNumber("paidLast12MonthsSatang").longValue();
    assertThat(paidYear - before.getJsonObject("cover").getJsonNumber("paidLast12MonthsSatang").longValue()).isEqualTo(50000);
    assertThat(cover.getJsonNumber("averageMonthlyPayoutSatang").longValue()).isEqualTo(paidYear / 12);
    assertThat(new java.math.BigDecimal(cover.getString("monthsCovered")))
        .isEqualTo(java.math.BigDecimal.valueOf(balance * 12).divide(java.math.BigDecimal.valueOf(paidYear), 1, java.math.RoundingMode.DOWN));
    // the member behind: her group owes three months, ฿90; the good-standing member's group owes nothing
    JsonObject owed = after.getJsonArray("overdue").getValuesAs(JsonObject.class).stream().filter(o -> o.getString("groupCode").equals(behind.code())).findFirst()
        .orElseThrow();
    assertThat(owed.getInt("members")).isEqualTo(1);
    assertThat(owed.getInt("months")).isEqualTo(3);
    assertThat(owed.getJsonNumber("amountSatang").longValue()).isEqualTo(9000);
  }
}
