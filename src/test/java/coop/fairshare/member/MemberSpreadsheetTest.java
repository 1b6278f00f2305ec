package coop.fairshare.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MemberSpreadsheetTest {

  private static final ProducerGroup NAN = MemberFixtures.nanWeavers();
  private static final String HEADER = "nameTh,nameEn,groupCode,occupation,gender,birthDate,joinedOn,phone\n";

  private static MemberSpreadsheet.Checked check(String csv) {
    return check(csv.getBytes(StandardCharsets.UTF_8));
  }

  private static MemberSpreadsheet.Checked check(byte[] csv) {
    return MemberSpreadsheet.check(csv, code -> code.equals("NAN-WEAVERS") ? Optional.of(NAN) : Optional.empty(), id -> Optional.empty());
  }

  @Test
  void aGoodFileWithAByteOrderMarkAndThaiNamesGivesEveryRow() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = (HEADER + "นางสมศรี ใจดี,Somsri Jaidee,NAN-WEAVERS,ทอผ้า,FEMALE,1970-01-31,2020-01-01,081-234-5678\n"
        + "\"นางนก, ทองดี\",,nan-weavers,ย้อมผ้า,หญิง,31/1/2513,1/2/2563,\n").getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, file, 0, bom.length);
    System.arraycopy(body, 0, file, bom.length, body.length);

    MemberSpreadsheet.Checked checked = check(file);

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.rows()).hasSize(2);
    MemberSpreadsheet.Row somsri = checked.rows().get(0);
    assertThat(somsri.details().nameTh()).isEqualTo("นางสมศรี ใจดี");
    assertThat(somsri.details().phone().number()).isEqualTo("0812345678");
    assertThat(somsri.details().group()).isSameAs(NAN);
    MemberSpreadsheet.Row nok = checked.rows().get(1);
    assertThat(nok.details().nameTh()).isEqualTo("นางนก, ทองดี");
    assertThat(nok.details().nameEn()).isNull();
    assertThat(nok.details().phone()).isNull();
    // Buddhist-era years are read as such
    assertThat(nok.details().birthDate()).isEqualTo(LocalDate.of(1970, 1, 31));
    assertThat(nok.joinedOn()).isEqualTo(LocalDate.of(2020, 2, 1));
    assertThat(nok.line()).isEqualTo(3);
  }

  @Test
  void everyBadRowIsNamedByItsLineWithItsReasonAndNoRowIsGiven() {
    String csv = HEADER
        + "นางหนึ่ง ดี,,NAN-WEAVERS,ทอผ้า,FEMALE,1970-01-31,2020-01-01,\n"
        + "นางสอง ดี,,NAN-WEAVERS,ทอผ้า,FEMALE,2999-01-01,2020-01-01,\n"
        + "นางสาม ดี,,NAN-WEAVERS,ทอผ้า,FEMALE,1970-01-31,2020-01-01,12345\n"
        + "\n"
        + "นางสี่ ดี,,NO-SUCH,ทอผ้า,FEMALE,1970-01-31,2020-01-01,\n"
        + ",,NAN-WEAVERS,ทอผ้า,FEMALE,1970-01-31,2020-01-01,\n"
        + "นางหก ดี,,NAN-WEAVERS,ทอผ้า,WOMAN,1970-01-31,2020-01-01,\n"
        + "นางเจ็ด ดี,,NAN-WEAVERS,ทอผ้า,FEMALE,1899-12-31,2020-01-01,\n"
        + "นางแปด ดี,,NAN-WEAVERS,ทอผ้า,FEMALE,31/02/1970,2020-01-01,\n"
        + "นางเก้า ดี,,NAN-WEAVERS,ทอผ้า,FEMALE,1970-01-31\n"
        + "นางสิบ ดี,,NAN-WEAVERS,ทอผ้า,FEMALE,1970-01-31,1960-01-01,\n";

    MemberSpreadsheet.Checked checked = check(csv);

    assertThat(checked.good()).isFalse();
    assertThat(checked.rows()).isEmpty();
    assertThat(checked.problems()).extracting(p -> p.line() + " " + p.messageKey() + " " + p.column()).containsExactly(
        "3 member.birthDate.future birthDate",
        "4 address.phone.invalid phone",
        "6 member.group.unknown groupCode",
        "7 text.required nameTh",
        "8 member.gender.unknown gender",
        "9 member.birthDate.tooEarly birthDate",
        "10 member.date.invalid birthDate",
        "11 member.import.columnCount null",
        "12 member.joined.beforeBirth joinedOn");
  }

  @Test
  void aHeaderWithoutTheNeededColumnsOrWithUnknownOnesIsRefusedAtLineOne() {
    MemberSpreadsheet.Checked checked = check("nameTh,group,gender\nนางหนึ่ง,X,FEMALE\n");

    assertThat(checked.problems()).extracting(p -> p.line() + " " + p.messageKey() + " " + p.column()).containsExactly(
        "1 member.import.unknownColumn group",
        "1 member.import.missingColumn occupation",
        "1 member.import.missingColumn birthDate",
        "1 member.import.missingColumn joinedOn",
        "1 member.import.missingColumn groupCode");
  }

  @Test
  void anEmptyFileOrOneNotInUtf8IsRefused() {
    assertThat(check("").problems()).extracting(ImportProblem::messageKey).containsExactly("member.import.empty");
    assertThat(check(HEADER).problems()).extracting(ImportProblem::messageKey).containsExactly("member.import.empty");
    byte[] tis620 = {(byte) 0xCA, (byte) 0xC1, ',', 'x', '\n'};
    assertThat(check(tis620).problems()).extracting(ImportProblem::messageKey).containsExactly("member.import.notUtf8");
  }

  @Test
  void aQuotedLineBreakKeepsTheLineNumbersOfTheRowsAfterIt() {
    String csv = HEADER
        + "\"นางหนึ่ง\nดี\",,NAN-WEAVERS,ทอผ้า,FEMALE,1970-01-31,2020-01-01,\n"
        + "นางสอง ดี,,NAN-WEAVERS,ทอผ้า,FEMALE,1970-01-31,2020-01-01,999\n";
    assertThat(check(csv).problems()).extracting(ImportProblem::line).containsExactly(4L);
  }

  @Test
  void theColumnsAreDocumentedInOneList() {
    assertThat(MemberSpreadsheet.COLUMNS).containsAll(MemberSpreadsheet.REQUIRED).contains("groupCode", "groupId", "nameEn", "phone");
    assertThat(List.copyOf(MemberSpreadsheet.COLUMNS)).doesNotHaveDuplicates();
  }
}
