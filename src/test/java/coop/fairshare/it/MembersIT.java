package coop.fairshare.it;

import static coop.fairshare.it.Api.json;
import static coop.fairshare.it.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.shared.CoopTime;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
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
 * The member register through its API: registering and reading back, refusals naming their field,
 * a spreadsheet of 6,600 members imported at once, a spreadsheet with one bad row imported not at
 * all, leaving refused while money is held for her (a test holder of money stands in for savings),
 * and members who sign in seeing only themselves. Its Payara has no mail server, as in the demo
 * (the shared app the other classes use has one): so the shop's mails are held here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MembersIT {

  /** What the test's holder of money reads: member id = satang held. */
  private static final Path HOLDINGS = HeldForTheTest.FILE;

  @Deployment(testable = false)
  static WebArchive deployment() throws Exception {
    Files.deleteIfExists(HOLDINGS);
    return Deployments.builtWar().addClass(HeldForTheTest.class);
  }

  @ArquillianResource
  private URL deployed;

  private static String treasurer;
  private static String shopper;
  private static Fixtures.Group group;
  private static Fixtures.Group otherGroup;
  private Api api;

  @BeforeEach
  void setUp() throws Exception {
    api = new Api(Deployments.onLoopback(deployed));
    if (treasurer == null) {
      String tag = Fixtures.tag();
      try (Connection c = Fixtures.connect()) {
        treasurer = Fixtures.treasurer(c, tag);
        shopper = Fixtures.shopper(c, tag);
        group = Fixtures.group(c, tag, 1, "กลุ่มทอผ้าทะเบียน" + tag, "Register Weavers " + tag,
            Fixtures.product("HANDICRAFT", "ผ้าพันคอทะเบียน" + tag, "Register scarf " + tag, 45000, 20));
        otherGroup = Fixtures.group(c, tag, 2, "กลุ่มจักสานทะเบียน" + tag, "Register Basketry " + tag);
      }
    }
  }

  /**
   * The register read a page at a time gives every member of a group once, in number order, page
   * after page: the page's members are found by their ids along the number's index, then read.
   */
  @Test
  void theRegisterPageByPageGivesEveryMemberOnceInNumberOrder() throws Exception {
    String tag = Fixtures.tag();
    Fixtures.Group paged;
    try (Connection c = Fixtures.connect()) {
      paged = Fixtures.group(c, tag, 3, "กลุ่มแบ่งหน้า" + tag, "Paged Group " + tag);
      for (int i = 0; i < 7; i++) {
        Fixtures.insert(c, "INSERT INTO member (member_number, full_name_th, group_id, occupation, gender, joined_on) VALUES (?,?,?,?,?,?)",
            tag.substring(0, 3) + "-" + (100000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(900000)), "นางแบ่งหน้า " + i, paged.id(), "ทอผ้า", "FEMALE",
            java.sql.Date.valueOf("2015-01-0" + (1 + i)));
      }
    }
    JsonObject whole = json(api.get("api/members?group=" + paged.id() + "&size=50", treasurer), 200);
    List<String> numbers = whole.getJsonArray("members").getValuesAs(JsonObject.class).stream().map(m -> m.getString("number")).toList();
    assertThat(numbers).hasSize(8).isSorted().doesNotHaveDuplicates();
    assertThat(whole.getJsonNumber("total").longValue()).isEqualTo(8);
    List<String> pageByPage = new java.util.ArrayList<>();
    for (int page = 0; page < 5; page++) {
      JsonObject two = json(api.get("api/members?group=" + paged.id() + "&size=2&page=" + page, treasurer), 200);
      two.getJsonArray("members").getValuesAs(JsonObject.class).forEach(m -> pageByPage.add(m.getString("number")));
    }
    assertThat(pageByPage).isEqualTo(numbers);
  }

  /** Without a mail server (as in the demo) the shopper's mail is held in the outbox for an admin, with her link. */
  @Test
  void withoutAMailServerTheShoppersMailIsHeldInTheOutboxWithHerLink() throws Exception {
    String guest = "held-" + System.nanoTime() + "@example.org";
    String body = "{\"lines\":[{\"variantId\":" + group.variantIds().get(0) + ",\"quantity\":1}],\"recipient\":\"สมศรี ใจดี\",\"phone\":\"0812345678\","
        + "\"addressLine\":\"99 หมู่ 3 ถนนช้างเผือก\",\"subdistrict\":\"ศรีภูมิ\",\"district\":\"เมืองเชียงใหม่\",\"provinceCode\":\"TH-50\",\"postcode\":\"50200\","
        + "\"email\":\"" + guest + "\",\"language\":\"en\"}";
    JsonObject placed = json(api.post("api/checkout", body, null), 201);
    String number = placed.getString("number");
    try (Connection c = Fixtures.connect()) {
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND state = 'HELD' AND attempts = 0 AND idempotency_key = ?", guest, "order-placed-" + number))
          .isEqualTo(1);
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM mail_outbox WHERE idempotency_key = ? AND lang = 'en' AND body_text LIKE ?", "order-placed-" + number,
          "%/orders/order.xhtml?n=" + number + "&t=" + placed.getString("accessToken") + "%")).as("her secret link, in English as she shopped").isEqualTo(1);
    }
  }

  @Test
  void aTreasurerRegistersAMemberAndReadsHerBackWithTheNumberTheAppIssued() throws Exception {
    String body = "{\"nameTh\":\"นางสมศรี ใจดี\",\"nameEn\":\"Somsri Jaidee\",\"groupId\":" + group.id() + ",\"occupation\":\"ทอผ้า\",\"gender\":\"FEMALE\","
        + "\"birthDate\":\"1970-01-31\",\"joinedOn\":\"2020-01-01\",\"phone\":\"081-234-5678\"}";
    HttpResponse<String> response = api.post("api/members", body, treasurer);
    JsonObject created = json(response, 201);
    String number = created.getString("number");
    assertThat(number).matches("FS-[0-9]{6}");
    assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/api/members/" + number);
    assertThat(created.getString("nameTh")).isEqualTo("นางสมศรี ใจดี");
    assertThat(created.getString("status")).isEqualTo("ACTIVE");
    assertThat(created.getString("statusSince")).isEqualTo("2020-01-01");
    assertThat(created.getString("phone")).isEqualTo("0812345678");

    JsonObject read = json(api.get("api/members/" + number, treasurer), 200);
    assertThat(read).isEqualTo(created);
    assertThat(read.getJsonNumber("groupId").longValue()).isEqualTo(group.id());
    assertThat(read.getString("birthDate")).isEqualTo("1970-01-31");
    assertThat(read.getString("gender")).isEqualTo("FEMALE");

    // the next registration takes the next number
    String next = json(api.post("api/members", body.replace("สมศรี", "สมหญิง"), treasurer), 201).getString("number");
    assertThat(Integer.parseInt(next.substring(3))).isGreaterThan(Integer.parseInt(number.substring(3)));

    // an edit keeps her number and the day she joined
    JsonObject edited = json(api.put("api/members/" + number, body.replace("ทอผ้า", "ย้อมผ้า").replace("\"groupId\":" + group.id(), "\"groupId\":" + otherGroup.id()),
        treasurer), 200);
    assertThat(edited.getString("number")).isEqualTo(number);
    assertThat(edited.getString("occupation")).isEqualTo("ย้อมผ้า");
    assertThat(edited.getJsonNumber("groupId").longValue()).isEqualTo(otherGroup.id());
    assertThat(edited.getString("joinedOn")).isEqualTo("2020-01-01");

    // found by her name through its trigrams, which follow an edit of her names
    assertThat(numbersNamed("มศรี ใจ", otherGroup.id())).containsExactly(number);
    assertThat(numbersNamed("jaidee", otherGroup.id())).containsExactly(number);
    json(api.put("api/members/" + number, body.replace("ทอผ้า", "ย้อมผ้า").replace("\"groupId\":" + group.id(), "\"groupId\":" + otherGroup.id())
        .replace("นางสมศรี ใจดี", "นางสมศรี ใจงาม").replace("Somsri Jaidee", "Somsri Jaingam"), treasurer), 200);
    assertThat(numbersNamed("มศรี ใจ", otherGroup.id())).containsExactly(number);
    assertThat(numbersNamed("ใจงาม", otherGroup.id())).containsExactly(number);
    assertThat(numbersNamed("ใจดี", otherGroup.id())).as("her old name finds her no more").isEmpty();
    assertThat(numbersNamed("jaidee", otherGroup.id())).isEmpty();
  }

  /** The numbers of a group's members the register finds by a name, in number order (first page). */
  private List<String> numbersNamed(String typed, long groupId) throws Exception {
    JsonObject page = json(api.get("api/members?group=" + groupId + "&q=" + java.net.URLEncoder.encode(typed, StandardCharsets.UTF_8) + "&size=50", treasurer), 200);
    return page.getJsonArray("members").getValuesAs(JsonObject.class).stream().map(m -> m.getString("number")).toList();
  }

  @Test
  void badInputIsAProblemWithItsCodeAndField() throws Exception {
    String good = "{\"nameTh\":\"นางนก ทองดี\",\"groupId\":" + group.id() + ",\"occupation\":\"ทอผ้า\",\"gender\":\"FEMALE\",\"birthDate\":\"1970-01-31\",\"joinedOn\":\"2020-01-01\"}";
    long before = count();

    JsonObject future = problem(api.in("en").post("api/members", good.replace("1970-01-31", CoopTime.today().plusDays(3).toString()), treasurer), 400,
        "member.birthDate.future");
    assertThat(future.getString("field")).isEqualTo("birthDate");
    assertThat(future.getString("detail")).isEqualTo("A birth date cannot be in the future");
    assertThat(problem(api.post("api/members", good.replace("1970-01-31", "1899-12-31"), treasurer), 400, "member.birthDate.tooEarly").getString("field"))
        .isEqualTo("birthDate");
    assertThat(problem(api.post("api/members", good.replace("1970-01-31", "31/02/1970"), treasurer), 400, "member.date.invalid").getString("field"))
        .isEqualTo("birthDate");
    assertThat(problem(api.post("api/members", good.replace("FEMALE", "WOMAN"), treasurer), 400, "member.gender.unknown").getString("field")).isEqualTo("gender");
    assertThat(problem(api.post("api/members", good.replace("\"groupId\":" + group.id(), "\"groupId\":999999999"), treasurer), 400, "member.group.unknown")
        .getString("field")).isEqualTo("groupId");
    assertThat(problem(api.post("api/members", good.replace("\"nameTh\":\"นางนก ทองดี\",", ""), treasurer), 400, "text.required").getString("field"))
        .isEqualTo("nameTh");
    assertThat(problem(api.post("api/members", good.replace("}", ",\"phone\":\"12345\"}"), treasurer), 400, "address.phone.invalid").getString("field"))
        .isEqualTo("phone");
    JsonObject thai = problem(api.post("api/members", good.replace("2020-01-01", "1960-01-01"), treasurer), 400, "member.joined.beforeBirth");
    assertThat(thai.getString("detail")).isEqualTo("วันที่เข้าเป็นสมาชิกต้องไม่ก่อนวันเกิด");
    problem(api.post("api/members", good, shopper), 403, "error.accessRefused");
    problem(api.get("api/members/FS-999999", treasurer), 404, "error.notFound");
    assertThat(count()).as("nothing registered").isEqualTo(before);
  }

  @Test
  void aSpreadsheetOf6600MembersIsImportedWholeInSeconds() throws Exception {
    long before = count();
    StringBuilder csv = new StringBuilder("\uFEFFnameTh,nameEn,groupCode,occupation,gender,birthDate,joinedOn,phone\n");
    for (int i = 0; i < 6600; i++) {
      String code = i % 2 == 0 ? group.code() : otherGroup.code();
      csv.append("นางสาวทดสอบ นำเข้าที่").append(i).append(",Ms Import ").append(i).append(',').append(code).append(",ทอผ้า,")
          .append(i % 7 == 0 ? "MALE" : "FEMALE").append(',').append(1950 + i % 50).append("-0").append(1 + i % 9).append("-1").append(i % 9)
          .append(",2015-03-0").append(1 + i % 9).append(',').append(i % 3 == 0 ? "" : "08" + String.format("%08d", i)).append('\n');
    }
    try {
      importAndCheck(csv.toString(), before);
    } finally {
      // the other test classes share this database: 6,600 more members would slow their searches of the register
      try (Connection c = Fixtures.connect()) {
        Fixtures.update(c, "DELETE g FROM member_search_gram g JOIN member m ON m.id = g.member_id WHERE m.full_name_th LIKE 'นางสาวทดสอบ นำเข้าที่%' AND m.group_id IN (?, ?)",
            group.id(), otherGroup.id());
        Fixtures.update(c, "DELETE FROM member WHERE full_name_th LIKE 'นางสาวทดสอบ นำเข้าที่%' AND group_id IN (?, ?)", group.id(), otherGroup.id());
      }
    }
  }

  private void importAndCheck(String csv, long before) throws Exception {
    long started = System.nanoTime();
    HttpResponse<String> response = api.postBytes("api/members/import", csv.getBytes(StandardCharsets.UTF_8), "text/csv", treasurer);
    long millis = (System.nanoTime() - started) / 1_000_000;
    JsonObject done = json(response, 200);
    System.out.println("[MembersIT] 6,600 members imported in " + millis + " ms over HTTP (" + done.getJsonNumber("millis").longValue() + " ms in the service)");

    assertThat(done.getInt("imported")).isEqualTo(6600);
    assertThat(count()).isEqualTo(before + 6600);
    int first = Integer.parseInt(done.getString("firstNumber").substring(3));
    assertThat(done.getString("lastNumber")).isEqualTo(String.format("FS-%06d", first + 6599));
    assertThat(millis).as("in a few seconds").isLessThan(15_000);
    try (Connection c = Fixtures.connect()) {
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM member WHERE full_name_th LIKE 'นางสาวทดสอบ นำเข้าที่%' AND group_id = ?", otherGroup.id())).isEqualTo(3300);
      assertThat(Fixtures.number(c, "SELECT COUNT(*) FROM member WHERE member_number = ? AND full_name_th = 'นางสาวทดสอบ นำเข้าที่6599' AND phone = '0800006599'",
          done.getString("lastNumber"))).isEqualTo(1);
    }
    // the register finds them a page at a time
    JsonObject page = json(api.get("api/members?group=" + otherGroup.id() + "&q=" + java.net.URLEncoder.encode("นำเข้าที่65", StandardCharsets.UTF_8)
        + "&size=20", treasurer), 200);
    // odd rows went to the other group: 65, 651…659 and 6501…6599 of them hold "นำเข้าที่65"
    assertThat(page.getJsonNumber("total").longValue()).isEqualTo(1 + 5 + 50);
    assertThat(page.getJsonArray("members")).hasSize(20);

    // each imported member's name trigrams are the ones the entity keeps (the name search narrows by them)
    try (Connection c = Fixtures.connect()) {
      for (String number : List.of(done.getString("firstNumber"), done.getString("lastNumber"))) {
        String nameTh = Fixtures.text(c, "SELECT full_name_th FROM member WHERE member_number = ?", number);
        String nameEn = Fixtures.text(c, "SELECT full_name_en FROM member WHERE member_number = ?", number);
        List<String> kept = new java.util.ArrayList<>();
        try (var read = c.prepareStatement("SELECT g.gram FROM member_search_gram g JOIN member m ON m.id = g.member_id WHERE m.member_number = ?")) {
          read.setString(1, number);
          try (var rows = read.executeQuery()) {
            while (rows.next()) {
              kept.add(rows.getString(1));
            }
          }
        }
        assertThat(kept).containsExactlyInAnyOrderElementsOf(coop.fairshare.shared.SearchGrams.of(coop.fairshare.member.Member.searchTextOf(nameTh, nameEn)));
      }
    }
    // a name, Thai or English, any case, found through the grams: what a plain LIKE over the names finds, in number order
    for (String typed : List.of("ทดสอบ นำเข้า", "MS IMPORT", "าวทดส", "import ms")) {
      JsonObject named = json(api.get("api/members?group=" + otherGroup.id() + "&q=" + java.net.URLEncoder.encode(typed, StandardCharsets.UTF_8) + "&size=50", treasurer), 200);
      List<String> plain = new java.util.ArrayList<>();
      try (Connection c = Fixtures.connect(); var read = c.prepareStatement("SELECT member_number FROM member WHERE group_id = ? AND (full_name_th LIKE ? OR full_name_en LIKE ?)"
          + " ORDER BY member_number")) {
        read.setLong(1, otherGroup.id());
        read.setString(2, "%" + typed + "%");
        read.setString(3, "%" + typed + "%");
        try (var rows = read.executeQuery()) {
          while (rows.next()) {
            plain.add(rows.getString(1));
          }
        }
      }
      assertThat(named.getJsonNumber("total").longValue()).as(typed).isEqualTo(plain.size());
      assertThat(named.getJsonArray("members").getValuesAs(JsonObject.class)).extracting(m -> m.getString("number")).as(typed)
          .containsExactlyElementsOf(plain.subList(0, Math.min(50, plain.size())));
    }
  }

  @Test
  void aSpreadsheetWithOneBadRowImportsNothingAndNamesTheRow() throws Exception {
    long before = count();
    StringBuilder csv = new StringBuilder("nameTh,groupCode,occupation,gender,birthDate,joinedOn\n");
    for (int i = 0; i < 300; i++) {
      csv.append("นางแถว ").append(i).append(',').append(group.code()).append(",จักสาน,FEMALE,")
          .append(i == 156 ? "2999-01-01" : "1980-05-05").append(",2021-01-01\n");
    }
    byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

    JsonObject refused = problem(api.in("en").postBytes("api/members/import", file, "text/csv", treasurer), 400, "member.import.refused");
    List<JsonObject> rows = refused.getJsonArray("rows").getValuesAs(JsonObject.class);
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getInt("line")).as("the header is line 1").isEqualTo(158);
    assertThat(rows.get(0).getString("code")).isEqualTo("member.birthDate.future");
    assertThat(rows.get(0).getString("field")).isEqualTo("birthDate");
    assertThat(rows.get(0).getString("detail")).isEqualTo("A birth date cannot be in the future");
    JsonObject inThai = problem(api.in("th").postBytes("api/members/import", file, "text/csv", treasurer), 400, "member.import.refused");
    assertThat(inThai.getJsonArray("rows").getJsonObject(0).getString("detail")).isEqualTo("วันเกิดต้องไม่อยู่ในอนาคต");
    assertThat(count()).as("nothing imported").isEqualTo(before);
  }

  @Test
  void leavingOrDyingIsRefusedWhileMoneyIsHeldForHer() throws Exception {
    String number = register("นางเงินฝาก ยังอยู่");
    long id;
    try (Connection c = Fixtures.connect()) {
      id = Fixtures.number(c, "SELECT id FROM member WHERE member_number = ?", number);
    }
    Files.writeString(HOLDINGS, id + "=12345\n");
    try {
      JsonObject refused = problem(api.in("en").post("api/members/" + number + "/leave", "{\"on\":\"" + CoopTime.today() + "\"}", treasurer), 409,
          "member.leave.moneyHeld");
      assertThat(refused.getString("detail")).contains("123.45");
      problem(api.post("api/members/" + number + "/death", "{\"on\":\"" + CoopTime.today() + "\"}", treasurer), 409, "member.death.moneyHeld");
      assertThat(json(api.get("api/members/" + number, treasurer), 200).getString("status")).isEqualTo("ACTIVE");
    } finally {
      Files.deleteIfExists(HOLDINGS);
    }
    // paid out: she leaves, on the day given
    JsonObject left = json(api.post("api/members/" + number + "/leave", "{\"on\":\"" + CoopTime.today().minusDays(2) + "\"}", treasurer), 200);
    assertThat(left.getString("status")).isEqualTo("RESIGNED");
    assertThat(left.getString("statusSince")).isEqualTo(CoopTime.today().minusDays(2).toString());
    problem(api.post("api/members/" + number + "/death", "{\"on\":\"" + CoopTime.today() + "\"}", treasurer), 409, "member.death.notCurrent");
  }

  @Test
  void aMemberSignsInAndSeesOnlyHerselfAnotherNumberIsNotFound() throws Exception {
    String mine = register("นางมีบัญชี เข้าระบบ");
    String other = register("นางคนอื่น ในทะเบียน");
    String username = "member-" + Fixtures.tag().toLowerCase();
    JsonObject login = json(api.post("api/member-logins", "{\"memberNumber\":\"" + mine + "\",\"username\":\"" + username + "\",\"displayName\":\"นางมีบัญชี\","
        + "\"email\":\"" + username + "@test.fairshare.coop\",\"password\":\"" + Fixtures.PASSWORD + "\"}", treasurer), 201);
    assertThat(login.getString("username")).isEqualTo(username);
    assertThat(login.containsKey("initialPassword") && !login.isNull("initialPassword")).as("she was told the typed one").isFalse();
    problem(api.post("api/member-logins", "{\"memberNumber\":\"" + mine + "\",\"username\":\"x" + username + "\",\"displayName\":\"x\","
        + "\"email\":\"x" + username + "@test.fairshare.coop\"}", treasurer), 409, "account.member.hasLogin");

    assertThat(json(api.get("api/members/" + mine, username), 200).getString("number")).isEqualTo(mine);
    problem(api.get("api/members/" + other, username), 404, "error.notFound");
    problem(api.get("api/members/FS-999998", username), 404, "error.notFound");
    problem(api.get("api/members", username), 403, "error.accessRefused");
    problem(api.post("api/members", "{}", username), 403, "error.accessRefused");

    // a login made without a password gets a strong one, told once
    String second = "member2-" + Fixtures.tag().toLowerCase();
    JsonObject made = json(api.post("api/member-logins", "{\"memberNumber\":\"" + other + "\",\"username\":\"" + second + "\",\"displayName\":\"นางคนอื่น\","
        + "\"email\":\"" + second + "@test.fairshare.coop\"}", treasurer), 201);
    assertThat(made.getString("initialPassword")).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");
  }

  @Test
  void aProducerWhoIsAMemberIsLinkedAndSignsInAsBoth() throws Exception {
    long leaderId;
    String leaderNumber;
    try (Connection c = Fixtures.connect()) {
      leaderId = Fixtures.number(c, "SELECT leader_member_id FROM producer_group WHERE id = ?", group.id());
      try (var read = c.prepareStatement("SELECT member_number FROM member WHERE id = ?")) {
        read.setLong(1, leaderId);
        try (var rows = read.executeQuery()) {
          rows.next();
          leaderNumber = rows.getString(1);
        }
      }
    }
    // another group's producer is not her
    problem(api.post("api/member-logins/links", "{\"memberNumber\":\"" + leaderNumber + "\",\"username\":\"" + otherGroup.producerUsername() + "\"}", treasurer), 409,
        "account.member.otherGroup");
    problem(api.get("api/members/" + leaderNumber, group.producerUsername()), 403, "error.accessRefused");

    json(api.post("api/member-logins/links", "{\"memberNumber\":\"" + leaderNumber + "\",\"username\":\"" + group.producerUsername() + "\"}", treasurer), 200);

    assertThat(json(api.get("api/members/" + leaderNumber, group.producerUsername()), 200).getString("number")).isEqualTo(leaderNumber);
    assertThat(api.get("api/my/products", group.producerUsername()).statusCode()).as("still a producer").isEqualTo(200);
  }

  private String register(String nameTh) throws Exception {
    return json(api.post("api/members", "{\"nameTh\":\"" + nameTh + "\",\"groupId\":" + group.id() + ",\"occupation\":\"ทอผ้า\",\"gender\":\"FEMALE\","
        + "\"birthDate\":\"1975-06-01\",\"joinedOn\":\"2019-01-01\"}", treasurer), 201).getString("number");
  }

  private static long count() throws Exception {
    try (Connection c = Fixtures.connect()) {
      return Fixtures.number(c, "SELECT COUNT(*) FROM member");
    }
  }
}
