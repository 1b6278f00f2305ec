package coop.fairshare.catalog;

import coop.fairshare.shared.SearchGrams;
import coop.fairshare.member.Member;
import coop.fairshare.member.ProducerGroup;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Bilingual;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.ThaiText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Something a producer group sells. The price is whole satang; stock never goes below zero; a
 * processed food always carries its {@link FoodFacts} and nothing else does.
 */
@Entity
@Table(name = "product")
public class Product {

  public static final Money MAX_PRICE = Money.ofBaht(1_000_000);
  public static final int MAX_WEIGHT_GRAMS = 100_000;
  public static final int MAX_STOCK = 1_000_000;
  public static final int MAX_VARIANTS = 20;
  private static final Pattern SKU = Pattern.compile("[A-Z0-9-]{3,32}");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "sku", nullable = false, updatable = false)
  private String sku;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "group_id", nullable = false, updatable = false)
  private ProducerGroup group;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, updatable = false)
  private ProductCategory category;

  @Column(name = "name_th", nullable = false)
  private String nameTh;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(name = "description_th", nullable = false)
  private String descriptionTh;

  @Column(name = "description_en", nullable = false)
  private String descriptionEn;

  @Column(name = "price_satang", nullable = false)
  private Money price;

  @Column(name = "weight_grams", nullable = false)
  private int weightGrams;

  /** The forms it is sold in, each with its own shelf; at least one. */
  @OneToMany(mappedBy = "product", cascade = CascadeType.ALL)
  @OrderBy("position")
  private List<ProductVariant> variants = new ArrayList<>();

  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "featured", nullable = false)
  private boolean featured;

  @Column(name = "ingredients_th")
  private String ingredientsTh;

  @Column(name = "ingredients_en")
  private String ingredientsEn;

  @Column(name = "allergens_th")
  private String allergensTh;

  @Column(name = "allergens_en")
  private String allergensEn;

  @Column(name = "shelf_life_days")
  private Integer shelfLifeDays;

  @Column(name = "fda_number")
  private String fdaNumber;

  /** The member who made it: her share of a sale is owed to her by name. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "maker_member_id")
  private Member maker;

  @Column(name = "search_text", nullable = false)
  private String searchText;

  /** The search text's trigrams (SearchGrams), kept in step with it: the catalog's search narrows by them. */
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "product_search_gram", joinColumns = @JoinColumn(name = "product_id"))
  @Column(name = "gram", nullable = false, length = 3)
  private Set<String> searchGrams = new HashSet<>();

  @Version
  @Column(name = "version")
  private long version;

  protected Product() {}

  public Product(String sku, ProducerGroup group, ProductCategory category, ProductText text, Money price, int weightGrams, FoodFacts foodFacts) {
    if (sku == null || !SKU.matcher(sku).matches()) {
      throw new BadInput("product.sku.invalid").on("sku");
    }
    this.sku = sku;
    this.group = Objects.requireNonNull(group, "group");
    this.category = Objects.requireNonNull(category, "category");
    describe(text);
    changePrice(price);
    changeWeight(weightGrams);
    if (category.isFood() != (foodFacts != null)) {
      throw new BadInput(category.isFood() ? "product.food.factsRequired" : "product.food.notFood").on("foodFacts");
    }
    if (foodFacts != null) {
      recordFoodFacts(foodFacts);
    }
    this.variants.add(ProductVariant.standard(this));
    this.active = true;
    refreshSearchText();
  }

  public void describe(ProductText text) {
    Objects.requireNonNull(text, "text");
    this.nameTh = text.nameTh();
    this.nameEn = text.nameEn();
    this.descriptionTh = text.descriptionTh();
    this.descriptionEn = text.descriptionEn();
    refreshSearchText();
  }

  public void changePrice(Money newPrice) {
    if (newPrice == null || !newPrice.isPositive() || newPrice.compareTo(MAX_PRICE) > 0) {
      throw new BadInput("product.price.range", MAX_PRICE).on("price");
    }
    this.price = newPrice;
  }

  public void changeWeight(int grams) {
    if (grams <= 0 || grams > MAX_WEIGHT_GRAMS) {
      throw new BadInput("product.weight.range").on("weight");
    }
    this.weightGrams = grams;
  }

  public void recordFoodFacts(FoodFacts facts) {
    if (!category.isFood()) {
      throw new BadInput("product.food.notFood").on("foodFacts");
    }
    this.ingredientsTh = facts.ingredientsTh();
    this.ingredientsEn = facts.ingredientsEn();
    this.allergensTh = facts.allergensTh();
    this.allergensEn = facts.allergensEn();
    this.shelfLifeDays = facts.shelfLifeDays();
    this.fdaNumber = facts.fdaNumber();
  }

  /**
   * Adds a form the product is sold in. The first real variant takes the place of the standard
   * one in the shop (it is hidden, its shelf must be empty first).
   */
  public ProductVariant addVariant(String code, String labelTh, String labelEn) {
    if (held().stream().anyMatch(v -> v.code().equals(code))) {
      throw new BadInput("product.variant.exists", code).on("variantCode");
    }
    if (held().size() >= MAX_VARIANTS) {
      throw new BusinessRuleViolation("product.variant.tooMany", MAX_VARIANTS);
    }
    ProductVariant variant = new ProductVariant(this, code, labelTh, labelEn, variants.size());
    held().stream().filter(v -> v.isStandard() && v.isActive() && v.stock() == 0).forEach(ProductVariant::deactivate);
    variants.add(variant);
    return variant;
  }

  /** Takes a variant out of the shop; its shelf must be empty and one variant must stay on sale. */
  public void retireVariant(long variantId) {
    ProductVariant variant = variant(variantId);
    if (variant.stock() > 0) {
      throw new BusinessRuleViolation("product.variant.retireWithStock");
    }
    if (activeVariants().size() == 1 && variant.isActive()) {
      throw new BusinessRuleViolation("product.variant.lastOnSale");
    }
    variant.deactivate();
  }

  public ProductVariant variant(long variantId) {
    return held().stream().filter(v -> v.id() != null && v.id() == variantId).findFirst()
        .orElseThrow(() -> new NotFound("variant", variantId));
  }

  /** Its variants, each told that this object holds it, so none reads its product again (ProductVariant#heldBy). */
  private List<ProductVariant> held() {
    for (ProductVariant variant : variants) {
      variant.heldBy(this);
    }
    return variants;
  }

  public List<ProductVariant> variants() {
    return Collections.unmodifiableList(held());
  }

  public List<ProductVariant> activeVariants() {
    return held().stream().filter(ProductVariant::isActive).toList();
  }

  /** The standard variant, for products sold in one form. */
  public ProductVariant standardVariant() {
    return held().stream().filter(ProductVariant::isStandard).findFirst().orElseThrow(() -> new IllegalStateException(sku + " has no standard variant"));
  }

  /** Whether the shopper has a size or colour to choose. */
  public boolean hasChoice() {
    return activeVariants().size() > 1;
  }

  /** The lowest price it is sold at (a variant may cost more or less than the product). */
  public Money priceFrom() {
    return activeVariants().stream().map(ProductVariant::price).min(Money::compareTo).orElse(price);
  }

  /** Names the member who makes this product; she must belong to the product's group. */
  public void madeBy(Member member) {
    if (member != null && !member.belongsTo(group)) {
      throw new BadInput("product.maker.notInGroup").on("maker");
    }
    this.maker = member;
  }

  public Optional<Member> maker() {
    return Optional.ofNullable(maker);
  }

  public void activate() {
    this.active = true;
  }

  public void deactivate() {
    this.active = false;
  }

  public void feature(boolean featured) {
    this.featured = featured;
  }

  public boolean isInStock() {
    return held().stream().anyMatch(v -> v.isActive() && v.available() > 0);
  }

  public boolean belongsTo(ProducerGroup other) {
    return group == other || group.sameAs(other);
  }

  @PrePersist
  @PreUpdate
  void refreshSearchText() {
    String text = searchTextOf(nameTh, nameEn, descriptionTh, descriptionEn, sku);
    // only a changed text touches the grams: an edit of price or stock never loads them
    if (!text.equals(searchText)) {
      this.searchText = text;
      Set<String> grams = SearchGrams.of(text);
      searchGrams.retainAll(grams);
      searchGrams.addAll(grams);
    }
  }

  /** The words a search looks in: both names and descriptions, Thai segmented, and the SKU. */
  public static String searchTextOf(String nameTh, String nameEn, String descriptionTh, String descriptionEn, String sku) {
    return ThaiText.searchable(nameTh, nameEn, descriptionTh, descriptionEn, sku);
  }

  public Long id() {
    return id;
  }

  public String sku() {
    return sku;
  }

  public ProducerGroup group() {
    return group;
  }

  public ProductCategory category() {
    return category;
  }

  public String name(Locale locale) {
    return Bilingual.pick(locale, nameTh, nameEn);
  }

  public String description(Locale locale) {
    return Bilingual.pick(locale, descriptionTh, descriptionEn);
  }

  public ProductText text() {
    return new ProductText(nameTh, nameEn, descriptionTh, descriptionEn);
  }

  /** Raised by every change that is saved (optimistic locking): a cached page keyed by it is never stale. */
  public long version() {
    return version;
  }

  public Money price() {
    return price;
  }

  public int weightGrams() {
    return weightGrams;
  }

  /** Units a shopper can still buy, over all variants on sale. */
  public int stock() {
    return held().stream().filter(ProductVariant::isActive).mapToInt(ProductVariant::available).sum();
  }

  public boolean isActive() {
    return active;
  }

  public boolean isFeatured() {
    return featured;
  }

  public Optional<FoodFacts> foodFacts() {
    if (!category.isFood() || fdaNumber == null) {
      return Optional.empty();
    }
    return Optional.of(new FoodFacts(ingredientsTh, ingredientsEn, allergensTh, allergensEn, shelfLifeDays, fdaNumber));
  }

  String searchText() {
    return searchText;
  }

  Set<String> searchGrams() {
    return Collections.unmodifiableSet(searchGrams);
  }
}
