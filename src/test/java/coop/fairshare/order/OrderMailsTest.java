package coop.fairshare.order;

import static org.assertj.core.api.Assertions.assertThat;

import coop.fairshare.payment.PaymentMethod;
import coop.fairshare.mail.MailMessage;
import coop.fairshare.member.MemberFixtures;
import coop.fairshare.member.ProducerGroup;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.ThaiPhone;
import coop.fairshare.split.SplitAllocation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shopper's mails say the right figures, in the language she shopped in, with her own link. */
class OrderMailsTest {

  private static final ShippingTable SHIPPING = new ShippingTable(List.of(new ShippingBand(500, Money.ofBaht(40)), new ShippingBand(2000, Money.ofBaht(65))));
  private static final Instant PLACED = Instant.parse("2026-11-23T03:00:00Z");
  private static final String BASE = "https://shop.fairshare.test";
  private final ProducerGroup weavers = MemberFixtures.nanWeavers();
  private final ProducerGroup basketry = new ProducerGroup("KRAJOOD", "กลุ่มจักสานกระจูด", "Krajood weavers", MemberFixtures.region(), "พัทลุง", "เรื่องราว", "A story", 2010);
  private final Map<Long, ProducerGroup> groups = Map.of(1L, weavers, 2L, basketry);

  @Test
  void aGuestsOrderPlacedInThaiHasHerSecretLinkTheLinesAndHowToPay() {
    ShopOrder order = order("th", null);
    MailMessage mail = OrderMails.placed(order, OrderMails.link(order, BASE), "กสิกรไทย 123-4-56789-0 สหกรณ์แฟร์แชร์");

    assertThat(mail.recipient()).isEqualTo("somsri@example.org");
    assertThat(mail.language()).isEqualTo("th");
    assertThat(mail.subject()).isEqualTo("Fairshare: คำสั่งซื้อ FS-2611-00001 ของคุณ");
    assertThat(mail.idempotencyKey()).isEqualTo("order-placed-FS-2611-00001");
    assertThat(mail.text())
        .contains("เรียน คุณสมศรี ใจดี")
        .contains("• 2 × สินค้า 1 — ฿900.00 (กลุ่มทอผ้าน่าน)")
        .contains("• 1 × สินค้า 2 — ฿390.00 (กลุ่มจักสานกระจูด)")
        .contains("฿1,410.00") // items 900 + 390 + 120
        .contains("฿105.00") // two parcels: 65 + 40
        .contains("฿1,515.00")
        .contains("กสิกรไทย 123-4-56789-0 สหกรณ์แฟร์แชร์")
        .contains(BASE + "/orders/order.xhtml?n=FS-2611-00001&t=secret-token_-x")
        .contains("โปรดเก็บอีเมลนี้ไว้")
        .doesNotContain("Thank you");
  }

  @Test
  void aSignedInShoppersOrderPlacedInEnglishLinksToHerOrderPageWithoutTheToken() {
    ShopOrder order = order("en", 42L);
    MailMessage mail = OrderMails.placed(order, OrderMails.link(order, BASE), "Kasikorn 123-4-56789-0");

    assertThat(mail.subject()).isEqualTo("Fairshare: your order FS-2611-00001");
    assertThat(mail.text())
        .contains("Dear สมศรี ใจดี,")
        .contains("Thank you for your order FS-2611-00001")
        .contains("• 2 × Product 1 — ฿900.00 (Nan Weavers)")
        .contains("Please transfer ฿1,515.00 to Kasikorn 123-4-56789-0, with reference FS-2611-00001.")
        .contains(BASE + "/orders/order.xhtml?n=FS-2611-00001\n")
        .contains("Sign in with your account")
        .doesNotContain("secret-token");
  }

  @Test
  void theReceiptShowsWhereEveryLinesMoneyWent() {
    ShopOrder order = order("en", null);
    order.markPaid("KTB-778812", PLACED.plus(Duration.ofHours(3)));
    Map<Integer, SplitAllocation> stored = Map.of(
        1, new SplitAllocation(Money.ofBaht(900), Money.ofBaht(630), Money.ofBaht(45), Money.ofBaht(135), Money.ofBaht(90), Money.ofBaht(45), Money.ZERO),
        2, new SplitAllocation(Money.ofBaht(390), Money.ofSatang(27300), Money.ZERO, Money.ofSatang(5850), Money.ofSatang(3900), Money.ofSatang(1950), Money.ofBaht(12)),
        3, new SplitAllocation(Money.ofBaht(120), Money.ofBaht(84), Money.ZERO, Money.ofBaht(18), Money.ofBaht(12), Money.ofBaht(6), Money.ZERO));

    MailMessage mail = OrderMails.paid(order, OrderMails.link(order, BASE), line -> Optional.of(stored.get(line.lineNo())));

    assertThat(mail.idempotencyKey()).isEqualTo("order-paid-FS-2611-00001");
    assertThat(mail.subject()).isEqualTo("Fairshare: payment received for order FS-2611-00001");
    assertThat(mail.text())
        .contains("We received your payment of ฿1,515.00 for order FS-2611-00001 on 23 Nov 2026 13:00")
        .contains("The maker ฿630.00 · The producer group ฿135.00 · Welfare fund ฿45.00 · Cooperative fund (after the payment fee) ฿90.00\n")
        .contains("The maker ฿273.00 · The producer group ฿58.50 · Welfare fund ฿19.50 · Cooperative fund (after the payment fee) ฿27.00 · Payment fee (estimated) ฿12.00")
        .contains("The maker ฿84.00");
  }

  @Test
  void aShippedParcelNamesItsGroupCarrierAndTrackingNumberInThai() {
    ShopOrder order = order("th", null);
    order.markPaid("KTB-1", PLACED);
    Fulfilment parcel = order.fulfilments().get(1);
    parcel.ship("ไปรษณีย์ไทย", "ef 123456789 th", PLACED);

    MailMessage mail = OrderMails.shipped(parcel, OrderMails.link(order, BASE));

    assertThat(mail.kind()).isEqualTo("parcel-shipped");
    assertThat(mail.idempotencyKey()).startsWith("parcel-shipped-");
    assertThat(mail.subject()).contains("FS-2611-00001").contains("EF123456789TH");
    assertThat(mail.text())
        .contains("กลุ่มจักสานกระจูด ส่งพัสดุของคำสั่งซื้อ FS-2611-00001 ให้คุณแล้ว")
        .contains("ขนส่ง: ไปรษณีย์ไทย")
        .contains("เลขพัสดุ: EF123456789TH")
        .contains("• 1 × สินค้า 2")
        .doesNotContain("สินค้า 1");
  }

  @Test
  void aRefundSaysHowMuchAndWhyEachRefundQueuedOnce() {
    ShopOrder order = order("en", null);
    MailMessage mail = OrderMails.refunded(order, Money.ofBaht(1515), "wrong colour", 1, OrderMails.link(order, BASE));
    MailMessage thai = OrderMails.refunded(order("th", null), Money.ofSatang(39050), " ", 2, OrderMails.link(order, BASE));

    assertThat(mail.subject()).isEqualTo("Fairshare: ฿1,515.00 refunded for order FS-2611-00001");
    assertThat(mail.text()).contains("We have refunded ฿1,515.00 for order FS-2611-00001.").contains("Reason: wrong colour");
    assertThat(mail.idempotencyKey()).isEqualTo("order-refunded-FS-2611-00001-1");
    assertThat(thai.text()).contains("เราได้คืนเงิน ฿390.50 สำหรับคำสั่งซื้อ FS-2611-00001 แล้ว").contains("เหตุผล: ไม่ได้ระบุ");
    assertThat(thai.idempotencyKey()).isEqualTo("order-refunded-FS-2611-00001-2");
  }

  private ShopOrder order(String language, Long accountId) {
    Basket basket = new Basket(List.of(line(1, 11, 1, 45000, 2, 200), line(2, 21, 2, 39000, 1, 450), line(3, 12, 1, 12000, 1, 300)));
    return new ShopOrder("FS-2611-00001", "secret-token_-x", accountId, "somsri@example.org", address(), basket, SHIPPING, groups::get,
        PaymentMethod.BANK_TRANSFER, language, PLACED, PLACED.plus(Duration.ofDays(2)));
  }

  private static Basket.Line line(long product, long variant, long group, long satang, int quantity, int grams) {
    return new Basket.Line(product, variant, group, "SKU-" + product, "สินค้า " + product, "Product " + product, null, null, Money.ofSatang(satang), quantity, grams, 50);
  }

  private static ThaiAddress address() {
    return new ThaiAddress("สมศรี ใจดี", new ThaiPhone("0812345678"), "99 หมู่ 3", "ศรีภูมิ", "เมืองเชียงใหม่", "TH-50", "50200");
  }
}
