package coop.fairshare.it;

import static coop.fairshare.it.Api.json;
import static coop.fairshare.it.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.it.Fixtures.Group;
import coop.fairshare.shared.CoopTime;
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
    JsonObject audit = json(api.get("api/ledger/audit", treasurer), 200);
    assertThat(audit.getJsonArray("accountsOff")).isEmpty();
    assertThat(audit.getJsonArray("entriesOff")).isEmpty();
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
}
