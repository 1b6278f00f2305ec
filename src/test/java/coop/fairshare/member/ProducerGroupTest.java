package coop.fairshare.member;

import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.BusinessRuleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProducerGroupTest {

  @ParameterizedTest
  @ValueSource(strings = {"NW", "NAN-WEAVERS", "G-2001", "ABCDEFGHIJKLMNOPQRSTUVWXYZ-12345"})
  void acceptsCodesOfCapitalsDigitsAndDashes(String code) {
    assertThat(groupCoded(code).code()).isEqualTo(code);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"N", "nan-weavers", "NAN WEAVERS", "NAN_WEAVERS", "กลุ่ม", "ABCDEFGHIJKLMNOPQRSTUVWXYZ-123456"})
  void refusesOtherCodes(String code) {
    assertThatThrownBy(() -> groupCoded(code)).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("group.code.invalid");
  }

  @Test
  void foundedYearIsOptionalAndPlausible() {
    assertThat(groupFoundedIn(null).foundedYear()).isEmpty();
    assertThat(groupFoundedIn(1900).foundedYear()).contains(1900);
    assertThat(groupFoundedIn(2200).foundedYear()).contains(2200);

    assertThatThrownBy(() -> groupFoundedIn(1899)).isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(() -> groupFoundedIn(2201)).isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(() -> groupFoundedIn(2544)).as("a Buddhist-era year typed by mistake").isInstanceOf(BusinessRuleViolation.class);
  }

  @Test
  void needsNamesStoriesARegionAndAProvince() {
    assertThatThrownBy(() -> new ProducerGroup("NW", " ", "Nan Weavers", new Region(), "น่าน", "เรื่อง", "Story", null)).isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(() -> new ProducerGroup("NW", "กลุ่มทอผ้าน่าน", null, new Region(), "น่าน", "เรื่อง", "Story", null)).isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(() -> new ProducerGroup("NW", "กลุ่มทอผ้าน่าน", "Nan Weavers", null, "น่าน", "เรื่อง", "Story", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new ProducerGroup("NW", "กลุ่มทอผ้าน่าน", "Nan Weavers", new Region(), "", "เรื่อง", "Story", null)).isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(() -> new ProducerGroup("NW", "กลุ่มทอผ้าน่าน", "Nan Weavers", new Region(), "น่าน", null, "Story", null)).isInstanceOf(BusinessRuleViolation.class);
    assertThatThrownBy(() -> new ProducerGroup("NW", "กลุ่มทอผ้าน่าน", "Nan Weavers", new Region(), "น่าน", "เรื่อง", "", null)).isInstanceOf(BusinessRuleViolation.class);
  }

  @Test
  void speaksThaiByDefaultAndEnglishWhenAsked() {
    ProducerGroup weavers = group();

    assertThat(weavers.name(Locale.forLanguageTag("th-TH"))).isEqualTo("กลุ่มทอผ้าน่าน");
    assertThat(weavers.name(Locale.ENGLISH)).isEqualTo("Nan Weavers");
    assertThat(weavers.story(Locale.ENGLISH)).isEqualTo("Women of Nan weaving together since 2001");
    assertThat(weavers.province()).isEqualTo("น่าน");
  }

  @Test
  void appointsAnActiveMemberOfTheGroupAsLeader() {
    ProducerGroup weavers = group();
    Member somsri = memberOf(weavers);

    weavers.appointLeader(somsri);

    assertThat(weavers.leader()).containsSame(somsri);
  }

  @Test
  void refusesAMemberOfAnotherGroupAsLeader() {
    ProducerGroup weavers = group();
    Member outsider = memberOf(group());

    assertThatThrownBy(() -> weavers.appointLeader(outsider)).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("group.leader.notMember");
    assertThat(weavers.leader()).isEmpty();
  }

  @Test
  void refusesAMemberWhoHasResignedAsLeader() {
    ProducerGroup weavers = group();
    Member somsri = memberOf(weavers);
    somsri.resign();

    assertThatThrownBy(() -> weavers.appointLeader(somsri)).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("group.leader.notActive");
    assertThat(weavers.leader()).isEmpty();
  }

  @Test
  void aStoredGroupKnowsItsMembersLoadedThroughAnotherCopy() {
    ProducerGroup weavers = withId(group(), 7L);
    Member somsri = memberOf(withId(group(), 7L));

    weavers.appointLeader(somsri);

    assertThat(weavers.leader()).containsSame(somsri);
    assertThatThrownBy(() -> weavers.appointLeader(memberOf(withId(group(), 8L)))).isInstanceOf(BusinessRuleViolation.class);
  }

  @Test
  void groupsAreTheSameOnlyOnceStoredWithTheSameId() {
    ProducerGroup unsaved = group();

    assertThat(unsaved.sameAs(unsaved)).isFalse();
    assertThat(unsaved.sameAs(null)).isFalse();
    assertThat(withId(group(), 7L).sameAs(withId(group(), 7L))).isTrue();
    assertThat(withId(group(), 7L).sameAs(withId(group(), 8L))).isFalse();
    assertThat(withId(group(), 7L).sameAs(group())).isFalse();
  }

  private static ProducerGroup group() {
    return groupCoded("NAN-WEAVERS");
  }

  private static ProducerGroup groupCoded(String code) {
    return new ProducerGroup(code, "กลุ่มทอผ้าน่าน", "Nan Weavers", new Region(), "น่าน", "กลุ่มแม่บ้านทอผ้า", "Women of Nan weaving together since 2001", 2001);
  }

  private static ProducerGroup groupFoundedIn(Integer year) {
    return new ProducerGroup("NAN-WEAVERS", "กลุ่มทอผ้าน่าน", "Nan Weavers", new Region(), "น่าน", "กลุ่มแม่บ้านทอผ้า", "Women of Nan weaving together", year);
  }

  private static Member memberOf(ProducerGroup group) {
    return new Member("HW-00012", "สมศรี ใจดี", "Somsri Jaidee", group, "ช่างทอผ้า", Gender.FEMALE, CoopTime.today().minusYears(3));
  }

  /** What the database does on insert; the groups have no other way to get an id. */
  private static ProducerGroup withId(ProducerGroup group, long id) {
    try {
      Field field = ProducerGroup.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(group, id);
      return group;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
