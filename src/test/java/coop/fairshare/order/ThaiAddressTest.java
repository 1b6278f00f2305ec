package coop.fairshare.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.fairshare.member.MemberFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ThaiAddressTest {

  private static final Province CHIANG_MAI = new Province("TH-50", "เชียงใหม่", "Chiang Mai", MemberFixtures.region(), "50", "58");

  @Test
  void aCompleteAddressInChiangMaiIsAccepted() {
    ThaiAddress address = ThaiAddress.of(" นางสมศรี ใจดี ", "089 111 2222", "99/1 หมู่ 3 ถ.เชียงใหม่-ลำปาง", "ช้างเผือก", "เมืองเชียงใหม่", CHIANG_MAI, " 50300 ");
    assertThat(address.recipient()).isEqualTo("นางสมศรี ใจดี");
    assertThat(address.postcode()).isEqualTo("50300");
    assertThat(address.provinceCode()).isEqualTo("TH-50");
    assertThat(address.phone().number()).isEqualTo("0891112222");
  }

  @Test
  void aPostcodeFromAnotherProvinceIsRefusedNamingTheRightPrefix() {
    assertThatThrownBy(() -> ThaiAddress.of("นางสมศรี", "0891112222", "1 ถนน", "ตำบล", "อำเภอ", CHIANG_MAI, "10110"))
        .isInstanceOfSatisfying(InvalidAddress.class, e -> {
          assertThat(e.messageKey()).isEqualTo("address.postcode.notInProvince");
          assertThat(e.arguments()).containsExactly("50");
          assertThat(e.field()).contains("postcode");
        });
  }

  @Test
  void aDistrictServedByANeighbouringPostOfficeKeepsItsRealPostcode() {
    // Kanlayani Watthana, Chiang Mai, is served from Mae Hong Son: 58130
    assertThat(ThaiAddress.of("นายก", "0891112222", "1", "บ้านจันทร์", "กัลยาณิวัฒนา", CHIANG_MAI, "58130").postcode()).isEqualTo("58130");
  }

  @ParameterizedTest
  @ValueSource(strings = {"5030", "503000", "5O300", "05030"})
  void aPostcodeHasFiveDigits(String postcode) {
    assertThatThrownBy(() -> ThaiAddress.of("นางสมศรี", "0891112222", "1 ถนน", "ตำบล", "อำเภอ", CHIANG_MAI, postcode))
        .isInstanceOfSatisfying(InvalidAddress.class, e -> assertThat(e.messageKey()).isEqualTo("address.postcode.invalid"));
  }

  @Test
  void everyPartIsRequiredAndSaysWhichOneIsMissing() {
    assertThatThrownBy(() -> ThaiAddress.of("", "0891112222", "1", "ต", "อ", CHIANG_MAI, "50300"))
        .isInstanceOfSatisfying(InvalidAddress.class, e -> assertThat(e.field()).contains("recipient"));
    assertThatThrownBy(() -> ThaiAddress.of("ก", "0891112222", " ", "ต", "อ", CHIANG_MAI, "50300"))
        .isInstanceOfSatisfying(InvalidAddress.class, e -> assertThat(e.field()).contains("line"));
    assertThatThrownBy(() -> ThaiAddress.of("ก", "0891112222", "1", null, "อ", CHIANG_MAI, "50300"))
        .isInstanceOfSatisfying(InvalidAddress.class, e -> assertThat(e.field()).contains("subdistrict"));
    assertThatThrownBy(() -> ThaiAddress.of("ก", "0891112222", "1", "ต", "", CHIANG_MAI, "50300"))
        .isInstanceOfSatisfying(InvalidAddress.class, e -> assertThat(e.field()).contains("district"));
    assertThatThrownBy(() -> ThaiAddress.of("ก", "0891112222", "1", "ต", "อ", null, "50300"))
        .isInstanceOfSatisfying(InvalidAddress.class, e -> assertThat(e.field()).contains("province"));
    assertThatThrownBy(() -> ThaiAddress.of("ก", "0891112222", "1", "ต", "อ", CHIANG_MAI, null))
        .isInstanceOfSatisfying(InvalidAddress.class, e -> assertThat(e.field()).contains("postcode"));
    assertThatThrownBy(() -> ThaiAddress.of("ก".repeat(121), "0891112222", "1", "ต", "อ", CHIANG_MAI, "50300"))
        .isInstanceOfSatisfying(InvalidAddress.class, e -> assertThat(e.messageKey()).isEqualTo("address.tooLong"));
  }
}
