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
  void needsAJoiningDateNameOccupationAndGender() {
    ProducerGroup weavers = group();

    assertThatThrownBy(() -> new Member("HW-00012", "สมศรี ใจดี", null, weavers, "ช่างทอผ้า", Gender.FEMALE, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Member("HW-00012", " ", null, weavers, "ช่างทอผ้า", Gender.FEMALE, CoopTime.today())).isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(() -> new Member("HW-00012", "สมศรี ใจดี", null, weavers, "", Gender.FEMALE, CoopTime.today())).isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(() -> new Member("HW-00012", "สมศรี ใจดี", null, weavers, "ช่างทอผ้า", null, CoopTime.today())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Member("HW-00012", "สมศรี ใจดี", null, null, "ช่างทอผ้า", Gender.FEMALE, CoopTime.today())).isInstanceOf(NullPointerException.class);
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
