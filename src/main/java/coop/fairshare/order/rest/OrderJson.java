package coop.fairshare.order.rest;

import coop.fairshare.order.Fulfilment;
import coop.fairshare.order.Orders;
import coop.fairshare.order.ShopOrder;
import coop.fairshare.split.SplitAllocation;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** An order as the API shows it, with each line's stored split and each parcel's tracking number. */
public record OrderJson(String number, String state, String paymentMethod, Instant placedAt, Instant reservedUntil, long itemsSatang, long shippingSatang,
    long totalSatang, List<LineJson> lines, List<ParcelJson> parcels, PromptPayJson promptPay, String latePayment) {

  /** The PromptPay QR that pays the order to the cooperative while it waits: the EMVCo text any QR library draws. */
  public record PromptPayJson(String payload, long amountSatang) {}

  /** A line and where its money goes. */
  public record LineJson(int lineNo, String sku, String nameTh, String nameEn, int quantity, long unitSatang, long lineSatang, SplitJson split) {}

  /** The stored fair-trade split of a line, in satang. */
  public record SplitJson(long maker, long makerSavings, long group, long welfare, long coop, long fee) {
    static SplitJson of(SplitAllocation a) {
      return new SplitJson(a.maker().satang(), a.makerSavings().satang(), a.group().satang(), a.welfare().satang(), a.coopAfterFee().satang(), a.fee().satang());
    }
  }

  /** One group's parcel. */
  public record ParcelJson(long id, String groupCode, String state, String carrier, String trackingNumber) {
    static ParcelJson of(Fulfilment f) {
      return new ParcelJson(f.id(), f.group().code(), f.state().name(), f.carrier().orElse(null), f.trackingNumber().orElse(null));
    }
  }

  static OrderJson of(ShopOrder o, Orders orders) {
    java.util.Map<String, SplitAllocation> splits = orders.splitsOf(o);
    PromptPayJson promptPay = orders.promptPayQr(o).map(qr -> new PromptPayJson(qr.payload(), o.total().satang())).orElse(null);
    return new OrderJson(o.number(), o.state().name(), o.paymentMethod().name(), o.placedAt(), o.reservedUntil().orElse(null), o.itemsTotal().satang(),
        o.shippingFee().satang(), o.total().satang(),
        o.lines().stream().map(l -> new LineJson(l.lineNo(), l.sku(), l.name(Locale.forLanguageTag("th")), l.name(Locale.ENGLISH), l.quantity(),
            l.unitPrice().satang(), l.lineTotal().satang(), Optional.ofNullable(splits.get(l.saleRef())).map(SplitJson::of).orElse(null))).toList(),
        o.fulfilments().stream().map(ParcelJson::of).toList(), promptPay, o.latePayment().map(Enum::name).orElse(null));
  }
}
