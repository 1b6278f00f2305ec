package coop.fairshare.catalog;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Bilingual;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One form a product is sold in (a size, a colour) and its own shelf. A product sold in one form
 * has the single standard variant. Price and weight may differ from the product's (an XL shirt
 * takes more cloth); when not set, the product's apply.
 */
@Entity
@Table(name = "product_variant")
public class ProductVariant {

  public static final String STANDARD = "STD";
  private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{1,24}");
  private static final int MAX_LABEL = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "product_id", nullable = false, updatable = false)
  private Product product;

  /**
   * The product object whose list holds this variant, once it has handed its variants out
   * ({@link Product#variants}). Variants are often read after their product, outside its
   * transaction, and the lazy reference would then read the product again for a price or weight.
   */
  @Transient
  private transient Product heldBy;

  @Column(name = "code", nullable = false, updatable = false)
  private String code;

  @Column(name = "label_th", nullable = false)
  private String labelTh;

  @Column(name = "label_en", nullable = false)
  private String labelEn;

  @Column(name = "price_satang")
  private Money ownPrice;

  @Column(name = "weight_grams")
  private Integer ownWeightGrams;

  @Column(name = "stock", nullable = false)
  private int stock;

  /** Part of the shelf held for orders not yet paid or packed: changed only by {@link Stock}. */
  @Column(name = "reserved", nullable = false, insertable = false, updatable = false)
  private int reserved;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Version
  @Column(name = "version")
  private long version;

  protected ProductVariant() {}

  ProductVariant(Product product, String code, String labelTh, String labelEn, int position) {
    this.product = Objects.requireNonNull(product, "product");
    if (code == null || !CODE.matcher(code).matches()) {
      throw new BadInput("variant.code.invalid").on("variantCode");
    }
    this.code = code;
    relabel(labelTh, labelEn);
    this.position = position;
    this.active = true;
  }

  static ProductVariant standard(Product product) {
    return new ProductVariant(product, STANDARD, "มาตรฐาน", "Standard", 0);
  }

  public void relabel(String th, String en) {
    if (th == null || th.isBlank() || en == null || en.isBlank()) {
      throw new BadInput("variant.label.required").on("variantLabel");
    }
    if (th.strip().length() > MAX_LABEL || en.strip().length() > MAX_LABEL) {
      throw new BadInput("variant.label.tooLong", MAX_LABEL).on("variantLabel");
    }
    this.labelTh = th.strip();
    this.labelEn = en.strip();
  }

  /** A price of its own, or null to sell at the product's price. */
  public void priceAt(Money price) {
    if (price != null && (!price.isPositive() || price.compareTo(Product.MAX_PRICE) > 0)) {
      throw new BadInput("product.price.range", Product.MAX_PRICE).on("variantPrice");
    }
    this.ownPrice = price;
  }

  /** A weight of its own, or null for the product's. */
  public void weighs(Integer grams) {
    if (grams != null && (grams <= 0 || grams > Product.MAX_WEIGHT_GRAMS)) {
      throw new BadInput("product.weight.range").on("variantWeight");
    }
    this.ownWeightGrams = grams;
  }

  public void activate() {
    this.active = true;
  }

  void deactivate() {
    this.active = false;
  }

  public Long id() {
    return id;
  }

  public Product product() {
    return heldBy != null ? heldBy : product;
  }

  void heldBy(Product owner) {
    heldBy = owner;
  }

  public String code() {
    return code;
  }

  public boolean isStandard() {
    return STANDARD.equals(code);
  }

  public String label(Locale locale) {
    return Bilingual.pick(locale, labelTh, labelEn);
  }

  public String labelTh() {
    return labelTh;
  }

  public String labelEn() {
    return labelEn;
  }

  public Money price() {
    return ownPrice != null ? ownPrice : product().price();
  }

  public boolean hasOwnPrice() {
    return ownPrice != null;
  }

  public int weightGrams() {
    return ownWeightGrams != null ? ownWeightGrams : product().weightGrams();
  }

  /** Raised by every change that is saved (optimistic locking): a cached page keyed by it is never stale. */
  public long version() {
    return version;
  }

  public int stock() {
    return stock;
  }

  /** Held for orders: on the shelf, but not for sale. */
  public int reserved() {
    return reserved;
  }

  /** What a shopper can still buy. */
  public int available() {
    return stock - reserved;
  }

  public int position() {
    return position;
  }

  public boolean isActive() {
    return active;
  }

  /** Can be put in a cart now: on sale and something on the shelf. */
  public boolean isAvailable() {
    return active && product().isActive() && available() > 0;
  }
}
