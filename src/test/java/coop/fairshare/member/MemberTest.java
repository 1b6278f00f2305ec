package coop.fairshare.member;

import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.BusinessRuleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MemberTest {

  @ParameterizedTest
  @ValueSource(strings = {"HW-00012", "A-1234", "ABC-123456"})
  void acceptsMemberNumbersLikeHw00012(String number) {
    assertThat(memberNumbered(number).memberNumber()).isEqualTo(number);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"hw-00012", "HW00012", "HW-123", "HW-1234567", "ABCD-1234", "HW-0001A", " HW-00012", "1234567890123"})
  void refusesOtherMemberNumbers(String number) {
    assertThatThrownBy(() -> memberNumbered(number)).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("member.number.invalid");
  }

  @Test
  void aNewMemberIsActive() {
    Member somsri = memberJoinedOn(CoopTime.today().minusYears(3));

    assertThat(somsri.status()).isEqualTo(MemberStatus.ACTIVE);
    assertThat(somsri.isActive()).isTrue();
  }

  @Test
  void cannotJoinInTheFuture() {
    assertThatThrownBy(() -> memberJoinedOn(CoopTime.today().plusDays(2))).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("member.joined.future");
    assertThatThrownBy(() -> memberJoinedOn(CoopTime.today().plusYears(1))).isInstanceOf(BusinessRuleViolation.class);
  }

  @Test
  void mayHaveJoinedTodayOrLongAgo() {
    assertThat(memberJoinedOn(CoopTime.today()).joinedOn()).isEqualTo(CoopTime.today());
    assertThat(memberJoinedOn(LocalDate.of(1998, 3, 8)).joinedOn()).isEqualTo(LocalDate.of(1998, 3, 8));
  }

  @Test
  void needsAJoiningDateNameOccupationGroupAndGenderEachRefusedOnItsField() {
    ProducerGroup weavers = group();

    assertRefused(() -> new Member("HW-00012", "สมศรี ใจดี", null, weavers, "ช่างทอผ้า", Gender.FEMALE, null), "member.joined.required", "joinedOn");
    assertRefused(() -> new Member("HW-00012", " ", null, weavers, "ช่างทอผ้า", Gender.FEMALE, CoopTime.today()), "text.required", "nameTh");
    assertRefused(() -> new Member("HW-00012", "สมศรี ใจดี", null, weavers, "", Gender.FEMALE, CoopTime.today()), "text.required", "occupation");
    assertRefused(() -> new Member("HW-00012", "สมศรี ใจดี", null, weavers, "ช่างทอผ้า", null, CoopTime.today()), "member.gender.required", "gender");
    assertRefused(() -> new Member("HW-00012", "สมศรี ใจดี", null, null, "ช่างทอผ้า", Gender.FEMALE, CoopTime.today()), "member.group.required", "groupId");
  }

  @Test
  void aBirthDateIsRequiredNeitherInTheFutureNorBefore1900NorAfterJoining() {
    assertRefused(() -> details(null, null), "member.birthDate.required", "birthDate");
    assertRefused(() -> details(CoopTime.today().plusDays(1), null), "member.birthDate.future", "birthDate");
    assertRefused(() -> details(LocalDate.of(1899, 12, 31), null), "member.birthDate.tooEarly", "birthDate");
    assertThat(details(LocalDate.of(1900, 1, 1), null).birthDate()).isEqualTo(LocalDate.of(1900, 1, 1));
    assertThat(details(CoopTime.today(), null).birthDate()).isEqualTo(CoopTime.today());
    assertRefused(() -> new Member("FS-000001", details(LocalDate.of(2001, 5, 1), null), LocalDate.of(2001, 4, 30)), "member.joined.beforeBirth", "joinedOn");
  }

  @Test
  void aPhoneIsOptionalAndReadTheWayPeopleTypeIt() {
    assertThat(details(LocalDate.of(1970, 1, 1), " ").phone()).isNull();
    assertThat(details(LocalDate.of(1970, 1, 1), "+66 81 234 5678").phone().number()).isEqualTo("0812345678");
    assertRefused(() -> details(LocalDate.of(1970, 1, 1), "12345"), "address.phone.invalid", "phone");
  }

  @Test
  void editsChangeHerDetailsButNeverHerNumberOrJoiningDay() {
    Member somsri = new Member("FS-000001", details(LocalDate.of(1970, 1, 1), null), LocalDate.of(2010, 1, 1));
    ProducerGroup other = MemberFixtures.nanWeavers();

    somsri.edit(MemberDetails.of("นางสมศรี ใจงาม", "Somsri Jaingam", other, "ย้อมผ้า", Gender.OTHER, LocalDate.of(1971, 2, 3), "02 123 4567"));

    assertThat(somsri.memberNumber()).isEqualTo("FS-000001");
    assertThat(somsri.joinedOn()).isEqualTo(LocalDate.of(2010, 1, 1));
    assertThat(somsri.fullNameTh()).isEqualTo("นางสมศรี ใจงาม");
    assertThat(somsri.group()).isSameAs(other);
    assertThat(somsri.gender()).isEqualTo(Gender.OTHER);
    assertThat(somsri.birthDate()).contains(LocalDate.of(1971, 2, 3));
    assertThat(somsri.phone().orElseThrow().display()).isEqualTo("02-123-4567");
    assertRefused(() -> somsri.edit(details(LocalDate.of(2011, 1, 1), null)), "member.birthDate.afterJoining", "birthDate");
    assertThat(somsri.birthDate()).contains(LocalDate.of(1971, 2, 3));
  }

  @Test
  void leavingAndDyingTakeADayNotInTheFutureNorBeforeSheJoined() {
    Member somsri = new Member("FS-000001", details(LocalDate.of(1970, 1, 1), null), LocalDate.of(2010, 1, 1));
    assertThat(somsri.statusSince()).isEqualTo(LocalDate.of(2010, 1, 1));

    assertRefused(() -> somsri.leave(null), "member.leave.dateRequired", "on");
    assertRefused(() -> somsri.leave(CoopTime.today().plusDays(1)), "member.leave.future", "on");
    assertRefused(() -> somsri.leave(LocalDate.of(2009, 12, 31)), "member.leave.beforeJoining", "on");
    assertThat(somsri.status()).isEqualTo(MemberStatus.ACTIVE);

    somsri.leave(LocalDate.of(2024, 6, 30));
    assertThat(somsri.status()).isEqualTo(MemberStatus.RESIGNED);
    assertThat(somsri.statusSince()).isEqualTo(LocalDate.of(2024, 6, 30));
    assertRefused(() -> somsri.recordDeath(LocalDate.of(2025, 1, 1)), "member.death.notCurrent", null);

    Member nok = new Member("FS-000002", details(LocalDate.of(1950, 1, 1), null), LocalDate.of(2010, 1, 1));
    nok.recordDeath(CoopTime.today());
    assertThat(nok.status()).isEqualTo(MemberStatus.DECEASED);
    assertThat(nok.statusSince()).isEqualTo(CoopTime.today());
    assertRefused(() -> nok.leave(CoopTime.today()), "member.leave.notCurrent", null);
  }

  private static MemberDetails details(LocalDate birthDate, String phone) {
    return MemberDetails.of("นางสมศรี ใจดี", null, group(), "ทอผ้า", Gender.FEMALE, birthDate, phone);
  }

  private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key, String field) {
    assertThatThrownBy(call).isInstanceOfSatisfying(BusinessRuleViolation.class, e -> {
      assertThat(e.messageKey()).isEqualTo(key);
      assertThat(e.field().orElse(null)).isEqualTo(field);
    });
  }

  @Test
  void resigningEndsMembership() {
    Member somsri = memberJoinedOn(CoopTime.today().minusYears(3));

    somsri.resign();

    assertThat(somsri.status()).isEqualTo(MemberStatus.RESIGNED);
    assertThat(somsri.isActive()).isFalse();
  }

  @Test
  void aResignedMemberCannotResignAgain() {
    Member somsri = memberJoinedOn(CoopTime.today().minusYears(3));
    somsri.resign();

    assertThatThrownBy(somsri::resign).isInstanceOf(BusinessRuleViolation.class);
    assertThat(somsri.status()).isEqualTo(MemberStatus.RESIGNED);
  }

  @Test
  void theEnglishNameIsOptionalAndFallsBackToThai() {
    Member somsri = new Member("HW-00012", "สมศรี ใจดี", "  ", group(), "ช่างทอผ้า", Gender.FEMALE, CoopTime.today());
    Member nok = new Member("HW-00013", "นก ทองดี", "Nok Thongdee", group(), "ช่างทอผ้า", Gender.FEMALE, CoopTime.today());

    assertThat(somsri.name(Locale.ENGLISH)).isEqualTo("สมศรี ใจดี");
    assertThat(nok.name(Locale.ENGLISH)).isEqualTo("Nok Thongdee");
    assertThat(nok.name(Locale.forLanguageTag("th-TH"))).isEqualTo("นก ทองดี");
  }

  @Test
  void belongsToHerOwnGroupOnly() {
    ProducerGroup weavers = group();
    Member somsri = new Member("HW-00012", "สมศรี ใจดี", null, weavers, "ช่างทอผ้า", Gender.FEMALE, CoopTime.today());

    assertThat(somsri.belongsTo(weavers)).isTrue();
    assertThat(somsri.belongsTo(group())).isFalse();
    assertThat(somsri.belongsTo(null)).isFalse();
  }

  private static Member memberNumbered(String number) {
    return new Member(number, "สมศรี ใจดี", "Somsri Jaidee", group(), "ช่างทอผ้า", Gender.FEMALE, CoopTime.today().minusYears(3));
  }

  private static Member memberJoinedOn(LocalDate joinedOn) {
    return new Member("HW-00012", "สมศรี ใจดี", "Somsri Jaidee", group(), "ช่างทอผ้า", Gender.FEMALE, joinedOn);
  }

  private static ProducerGroup group() {
    return new ProducerGroup("NAN-WEAVERS", "กลุ่มทอผ้าน่าน", "Nan Weavers", new Region(), "น่าน", "กลุ่มแม่บ้านทอผ้า", "Women of Nan weaving together", 2001);
  }
}
