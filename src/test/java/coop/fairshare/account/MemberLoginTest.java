package coop.fairshare.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.fairshare.member.MemberFixtures;
import coop.fairshare.shared.BusinessRuleViolation;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class MemberLoginTest {

  @Test
  void aProducerWhoIsAMemberSignsInAsBothAMemberOnlyLoginAsMember() {
    assertThat(new LoginCheck.Valid("nok", Role.PRODUCER, 12L).groups()).containsExactlyInAnyOrder("PRODUCER", "MEMBER");
    assertThat(new LoginCheck.Valid("nok", Role.PRODUCER, null).groups()).containsExactly("PRODUCER");
    assertThat(new LoginCheck.Valid("somsri", Role.MEMBER, 13L).groups()).containsExactly("MEMBER");
    assertThat(new LoginCheck.Valid("treasurer", Role.TREASURER, null).groups()).containsExactly("TREASURER");
  }

  @Test
  void onlyAProducerLoginIsLinkedAndOnlyOnce() {
    UserAccount producer = UserAccount.producer("nok", "hash", "นก", "nok@example.org", MemberFixtures.nanWeavers());
    producer.linkToMember(12);
    assertThat(producer.memberId()).contains(12L);
    assertThatThrownBy(() -> producer.linkToMember(13)).isInstanceOfSatisfying(BusinessRuleViolation.class,
        e -> assertThat(e.messageKey()).isEqualTo("account.member.loginLinked"));
    assertThat(producer.memberId()).contains(12L);

    UserAccount shopper = UserAccount.shopper("mali", "hash", "มาลี", "mali@example.org");
    assertThatThrownBy(() -> shopper.linkToMember(12)).isInstanceOfSatisfying(BusinessRuleViolation.class,
        e -> assertThat(e.messageKey()).isEqualTo("account.member.notProducer"));

    UserAccount member = UserAccount.member("somsri", "hash", "สมศรี", "somsri@example.org", 14);
    assertThat(member.role()).isEqualTo(Role.MEMBER);
    assertThat(member.memberId()).contains(14L);
    assertThat(member.group()).isEmpty();
  }

  @RepeatedTest(20)
  void theMadePasswordIsLongReadableAndPassesTheStrengthRules() {
    String password = MemberLogins.strongPassword("somsri");
    assertThat(password).matches("[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}");
    PasswordStrength.require("somsri", password);
  }
}
