package coop.fairshare.account;

import coop.fairshare.shared.BusinessRuleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.fairshare.member.MemberFixtures;
import coop.fairshare.member.ProducerGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UserAccountTest {

  /** Stands in for a real hash: the account only stores it, and real hashing costs 0.2 s. */
  private static final String HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";


  @Test
  void aProducerBelongsToHerGroup() {
    ProducerGroup weavers = group();

    UserAccount somsri = UserAccount.producer("somsri", HASH, "สมศรี ใจดี", "somsri@example.co.th", weavers);

    assertThat(somsri.role()).isEqualTo(Role.PRODUCER);
    assertThat(somsri.group()).containsSame(weavers);
  }

  @Test
  void aProducerMustHaveAGroup() {
    assertThatThrownBy(() -> UserAccount.producer("somsri", HASH, "สมศรี ใจดี", "somsri@example.co.th", null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aShopperBelongsToNoGroup() {
    UserAccount shopper = shopperNamed("nok");

    assertThat(shopper.role()).isEqualTo(Role.SHOPPER);
    assertThat(shopper.group()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"TREASURER", "ADMIN"})
  void staffBelongToNoGroup(Role role) {
    UserAccount staff = UserAccount.staff("treasurer", HASH, "เหรัญญิก", "treasurer@fairshare.example", role);

    assertThat(staff.role()).isEqualTo(role);
    assertThat(staff.group()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"SHOPPER", "PRODUCER"})
  void staffAreOnlyTreasurersAndAdmins(Role role) {
    assertThatThrownBy(() -> UserAccount.staff("treasurer", HASH, "เหรัญญิก", "treasurer@fairshare.example", role))
        .isInstanceOf(BusinessRuleViolation.class)
        .hasMessageContaining("account.staffRole");
  }

  @ParameterizedTest
  @ValueSource(strings = {"nok", "somchai.k", "a_b-c.1", "9lives", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijkl"})
  void acceptsLowerCaseUsernames(String username) {
    assertThat(shopperNamed(username).username()).isEqualTo(username);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"ab", "Nok", "NOK", "_nok", ".nok", "-nok", "som chai", "nok@home", "สมชาย", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklm"})
  void refusesOtherUsernames(String username) {
    assertThatThrownBy(() -> shopperNamed(username)).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("registration.username.pattern");
  }

  @ParameterizedTest
  @ValueSource(strings = {"nok@example.co.th", "n.thongdee+shop@mail.example.com", "สมศรี@example.th"})
  void acceptsEmailAddresses(String email) {
    assertThat(shopperWithEmail(email).email()).isEqualTo(email);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"nok", "nok@", "@example.com", "nok@example", "nok@example.c", "nok@@example.com", "nok @example.com", "nok@exa mple.com", " nok@example.com"})
  void refusesOtherEmailAddresses(String email) {
    assertThatThrownBy(() -> shopperWithEmail(email)).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("registration.email.invalid");
  }

  @Test
  void refusesEmailAddressesLongerThanTheStandardAllows() {
    String tooLong = "nok@" + "a".repeat(247) + ".com";

    assertThat(tooLong).hasSize(255);
    assertThatThrownBy(() -> shopperWithEmail(tooLong)).isInstanceOf(BusinessRuleViolation.class);
    assertThat(shopperWithEmail(tooLong.substring(1)).email()).hasSize(254);
  }

  @Test
  void keepsEmailAddressesLowerCased() {
    assertThat(shopperWithEmail("Nok.Thongdee@Example.CO.TH").email()).isEqualTo("nok.thongdee@example.co.th");
  }

  @Test
  void needsADisplayNameOfAtMost120Characters() {
    assertThat(UserAccount.shopper("nok", HASH, "  นก ทองดี  ", "nok@example.co.th").displayName()).isEqualTo("นก ทองดี");
    assertThat(UserAccount.shopper("nok", HASH, "ก".repeat(120), "nok@example.co.th").displayName()).hasSize(120);

    assertThat(refusal(() -> UserAccount.shopper("nok", HASH, " ", "nok@example.co.th"))).isEqualTo("registration.displayName.required");
    assertThat(refusal(() -> UserAccount.shopper("nok", HASH, null, "nok@example.co.th"))).isEqualTo("registration.displayName.required");
    assertThat(refusal(() -> UserAccount.shopper("nok", HASH, "ก".repeat(121), "nok@example.co.th"))).isEqualTo("registration.displayName.size");
  }

  @Test
  void aHundredThousandCharacterNameOrOneWithLineBreaksIsRefusedWithItsReason() {
    assertThat(refusal(() -> UserAccount.requireDisplayName("x".repeat(100_000)))).isEqualTo("registration.displayName.size");
    assertThat(refusal(() -> UserAccount.requireDisplayName("นก\nทองดี"))).isEqualTo("registration.displayName.invalid");
    assertThat(refusal(() -> UserAccount.requireDisplayName("นก\u0000"))).isEqualTo("registration.displayName.invalid");
  }

  private static String refusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
    assertThat(thrown).isInstanceOf(coop.fairshare.shared.BadInput.class);
    return ((coop.fairshare.shared.BadInput) thrown).messageKey();
  }

  @Test
  void needsAPasswordHash() {
    assertThatThrownBy(() -> UserAccount.shopper("nok", null, "นก", "nok@example.co.th")).isInstanceOf(NullPointerException.class);
  }

  private static UserAccount shopperNamed(String username) {
    return UserAccount.shopper(username, HASH, "นก ทองดี", "nok@example.co.th");
  }

  private static UserAccount shopperWithEmail(String email) {
    return UserAccount.shopper("nok", HASH, "นก ทองดี", email);
  }

  private static ProducerGroup group() {
    return MemberFixtures.nanWeavers();
  }
}
