package coop.fairshare.order;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Bilingual;
import coop.fairshare.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Locale;

/** One product line of an order, with the name and price as they were when it was bought. */
@Entity
@Table(name = "order_line")
public class OrderLine {

  public static final int MAX_QUANTITY = 99;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "order_id", nullable = false, updatable = false)
  private ShopOrder order;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "fulfilment_id", nullable = false, updatable = false)
  private Fulfilment fulfilment;

  @Column(name = "line_no", nullable = false, updatable = false)
  private int lineNo;

  @Column(name = "product_id", nullable = false, updatable = false)
  private long productId;

  @Column(name = "variant_id", nullable = false, updatable = false)
  private long variantId;

  @Column(name = "sku", nullable = false, updatable = false)
  private String sku;

  @Column(name = "name_th", nullable = false, updatable = false)
  private String nameTh;

  @Column(name = "name_en", nullable = false, updatable = false)
  private String nameEn;

  @Column(name = "variant_th", updatable = false)
  private String variantTh;

  @Column(name = "variant_en", updatable = false)
  private String variantEn;

  @Column(name = "unit_satang", nullable = false, updatable = false)
  private Money unitPrice;

  @Column(name = "quantity", nullable = false, updatable = false)
  private int quantity;

  @Column(name = "line_satang", nullable = false, updatable = false)
  private Money lineTotal;

  @Column(name = "sale_ref", nullable = false, updatable = false)
  private String saleRef;

  @Column(name = "refunded_quantity", nullable = false)
  private int refundedQuantity;

  protected OrderLine() {}

  OrderLine(ShopOrder order, Fulfilment fulfilment, int lineNo, Basket.Line line) {
    if (line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
      throw new BadInput("cart.quantity.invalid", MAX_QUANTITY).on("quantity");
    }
    this.order = order;
    this.fulfilment = fulfilment;
    this.lineNo = lineNo;
    this.productId = line.productId();
    this.variantId = line.variantId();
    this.sku = line.sku();
    this.nameTh = line.nameTh();
    this.nameEn = line.nameEn();
    this.variantTh = line.variantTh();
    this.variantEn = line.variantEn();
    this.unitPrice = line.unitPrice();
    this.quantity = line.quantity();
    this.lineTotal = line.lineTotal();
    this.saleRef = order.number() + "-" + lineNo;
  }

  public Long id() {
    return id;
  }

  public int lineNo() {
    return lineNo;
  }

  public long productId() {
    return productId;
  }

  public long variantId() {
    return variantId;
  }

  public String sku() {
    return sku;
  }

  public String name(Locale locale) {
    String name = Bilingual.pick(locale, nameTh, nameEn);
    String variant = Bilingual.pick(locale, variantTh, variantEn);
    return variant == null ? name : name + " (" + variant + ")";
  }

  public Money unitPrice() {
    return unitPrice;
  }

  public int quantity() {
    return quantity;
  }

  public Money lineTotal() {
    return lineTotal;
  }

  /** How many of this line's units were given back. */
  public int refundedQuantity() {
    return refundedQuantity;
  }

  /** Units still paid for and not given back. */
  public int refundableQuantity() {
    return quantity - refundedQuantity;
  }

  /** Gives back units: never more than are left. */
  void giveBack(int units) {
    if (units < 1 || units > refundableQuantity()) {
      throw new BadInput("order.refund.units", lineNo, refundableQuantity()).on("units-" + lineNo);
    }
    refundedQuantity += units;
  }

  /** The key of this line's stored fair-trade split. */
  public String saleRef() {
    return saleRef;
  }

  public Fulfilment fulfilment() {
    return fulfilment;
  }
}
