package coop.fairshare.catalog.web;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.catalog.FoodFacts;
import coop.fairshare.catalog.GroupProducts;
import coop.fairshare.catalog.Product;
import coop.fairshare.catalog.ProductCategory;
import coop.fairshare.catalog.ProductText;
import coop.fairshare.catalog.StockMovement;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * A producer's product form: Thai and English text, price, weight, food facts, and its sizes or
 * colours. A product of another group is not found. Only what she typed is kept between requests.
 */
@Named
@ViewScoped
@RetriedOnDeadlock
public class ProductEditorPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB
  private GroupProducts products;

  private Long id;
  private String category = ProductCategory.HANDICRAFT.name();
  private String nameTh;
  private String nameEn;
  private String descriptionTh;
  private String descriptionEn;
  private String price;
  private Integer weightGrams;
  private String ingredientsTh;
  private String ingredientsEn;
  private String allergensTh;
  private String allergensEn;
  private Integer shelfLifeDays;
  private String fdaNumber;
  private String variantCode;
  private String variantTh;
  private String variantEn;
  private String variantPrice;
  private transient Product product;
  private transient List<StockMovement> movements;

  /** Fills the form from the product on the first visit; a foreign or unknown id is "not found". */
  public void load() throws IOException {
    if (id == null || FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    Product p = PageActions.call(() -> products.one(id)).orElse(null);
    if (p == null) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.responseSendError(HttpServletResponse.SC_NOT_FOUND, "product");
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    product = p;
    category = p.category().name();
    ProductText text = p.text();
    nameTh = text.nameTh();
    nameEn = text.nameEn();
    descriptionTh = text.descriptionTh();
    descriptionEn = text.descriptionEn();
    price = p.price().toBaht().toPlainString();
    weightGrams = p.weightGrams();
    p.foodFacts().ifPresent(f -> {
      ingredientsTh = f.ingredientsTh();
      ingredientsEn = f.ingredientsEn();
      allergensTh = f.allergensTh();
      allergensEn = f.allergensEn();
      shelfLifeDays = f.shelfLifeDays();
      fdaNumber = f.fdaNumber();
    });
  }

  public Product getProduct() {
    if (product == null && id != null) {
      product = PageActions.call(() -> products.one(id)).orElse(null);
    }
    return product;
  }

  /** Where the product's own refusals are shown: beside the field they name. */
  private static final java.util.Map<String, String> EDITOR_FIELDS = java.util.Map.of(
      "price", "editor:price", "weight", "editor:weight", "shelfLifeDays", "editor:shelfLife", "fdaNumber", "editor:fda");

  public void save() throws IOException {
    Money money = baht(price);
    if (money == null || weightGrams == null) {
      // beside the field at fault, where she will look and a screen reader will read it
      Texts.error(money == null ? "editor:price" : "editor:weight", "producer.editor.priceAndWeight");
      return;
    }
    // a post without a category, or with one the page never offered, is told so rather than answered 500
    ProductCategory chosen = java.util.Arrays.stream(ProductCategory.values()).filter(c -> c.name().equals(category)).findFirst().orElse(null);
    if (chosen == null) {
      Texts.error("editor:category", "producer.editor.category");
      return;
    }
    boolean isNew = id == null;
    Product saved = PageActions.call(() -> {
      ProductText text = new ProductText(nameTh, nameEn, descriptionTh, descriptionEn);
      FoodFacts facts = chosen.isFood() ? new FoodFacts(ingredientsTh, ingredientsEn, allergensTh, allergensEn, shelfLifeDays == null ? 0 : shelfLifeDays, fdaNumber) : null;
      return isNew ? products.create(chosen, text, money, weightGrams, facts) : products.update(id, text, money, weightGrams, facts);
    }, EDITOR_FIELDS).orElse(null);
    if (saved == null) {
      return;
    }
    product = saved;
    Texts.info(null, "producer.editor.saved", saved.sku());
    if (isNew) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.getFlash().setKeepMessages(true);
      external.redirect(external.getRequestContextPath() + "/producer/product.xhtml?id=" + saved.id());
    }
  }

  public void addVariant() {
    Money own = variantPrice == null || variantPrice.isBlank() ? null : baht(variantPrice);
    if (variantPrice != null && !variantPrice.isBlank() && own == null) {
      Texts.error(null, "producer.editor.priceAndWeight");
      return;
    }
    Product saved = PageActions.call(() -> products.addVariant(id, variantCode, variantTh, variantEn, own)).orElse(null);
    if (saved != null) {
      product = saved;
      Texts.info(null, "producer.editor.variantAdded", variantCode.strip().toUpperCase(java.util.Locale.ROOT));
      variantCode = null;
      variantTh = null;
      variantEn = null;
      variantPrice = null;
    }
  }

  public void retireVariant(long variantId) {
    PageActions.call(() -> products.retireVariant(id, variantId)).ifPresent(p -> product = p);
  }

  /** The product's stock log, newest first. */
  public List<StockMovement> getMovements() {
    if (movements == null && id != null) {
      movements = PageActions.call(() -> products.movements(id)).orElse(List.of());
    }
    return movements;
  }

  public List<ProductCategory> getCategories() {
    return List.of(ProductCategory.values());
  }

  /** A baht amount, or null when what was typed does not read as one; which prices may be asked is the product's rule. */
  static Money baht(String typed) {
    try {
      return Money.parseBaht(typed);
    } catch (BadInput unreadable) {
      return null;
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getNameTh() {
    return nameTh;
  }

  public void setNameTh(String nameTh) {
    this.nameTh = nameTh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getDescriptionTh() {
    return descriptionTh;
  }

  public void setDescriptionTh(String descriptionTh) {
    this.descriptionTh = descriptionTh;
  }

  public String getDescriptionEn() {
    return descriptionEn;
  }

  public void setDescriptionEn(String descriptionEn) {
    this.descriptionEn = descriptionEn;
  }

  public String getPrice() {
    return price;
  }

  public void setPrice(String price) {
    this.price = price;
  }

  public Integer getWeightGrams() {
    return weightGrams;
  }

  public void setWeightGrams(Integer weightGrams) {
    this.weightGrams = weightGrams;
  }

  public String getIngredientsTh() {
    return ingredientsTh;
  }

  public void setIngredientsTh(String ingredientsTh) {
    this.ingredientsTh = ingredientsTh;
  }

  public String getIngredientsEn() {
    return ingredientsEn;
  }

  public void setIngredientsEn(String ingredientsEn) {
    this.ingredientsEn = ingredientsEn;
  }

  public String getAllergensTh() {
    return allergensTh;
  }

  public void setAllergensTh(String allergensTh) {
    this.allergensTh = allergensTh;
  }

  public String getAllergensEn() {
    return allergensEn;
  }

  public void setAllergensEn(String allergensEn) {
    this.allergensEn = allergensEn;
  }

  public Integer getShelfLifeDays() {
    return shelfLifeDays;
  }

  public void setShelfLifeDays(Integer shelfLifeDays) {
    this.shelfLifeDays = shelfLifeDays;
  }

  public String getFdaNumber() {
    return fdaNumber;
  }

  public void setFdaNumber(String fdaNumber) {
    this.fdaNumber = fdaNumber;
  }

  public String getVariantCode() {
    return variantCode;
  }

  public void setVariantCode(String variantCode) {
    this.variantCode = variantCode;
  }

  public String getVariantTh() {
    return variantTh;
  }

  public void setVariantTh(String variantTh) {
    this.variantTh = variantTh;
  }

  public String getVariantEn() {
    return variantEn;
  }

  public void setVariantEn(String variantEn) {
    this.variantEn = variantEn;
  }

  public String getVariantPrice() {
    return variantPrice;
  }

  public void setVariantPrice(String variantPrice) {
    this.variantPrice = variantPrice;
  }
}
