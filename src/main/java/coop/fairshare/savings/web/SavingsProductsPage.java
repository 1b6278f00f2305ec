package coop.fairshare.savings.web;

import coop.fairshare.savings.InterestPosting;
import coop.fairshare.savings.SavingsKind;
import coop.fairshare.savings.SavingsProduct;
import coop.fairshare.savings.SavingsProducts;
import coop.fairshare.savings.SavingsTerms;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.security.Roles;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * The savings products: everyone at the desk sees their terms; an ADMIN defines a new one or
 * changes one (from now on). Each term is refused beside its field by {@link SavingsTerms}.
 */
@Named
@RequestScoped
@RetriedOnDeadlock
public class SavingsProductsPage {

  private static final Map<String, String> INPUTS = Map.of("nameTh", "product:nameTh", "nameEn", "product:nameEn", "kind", "product:kind", "monthlyAmount",
      "product:monthlyAmount", "annualRateBasisPoints", "product:rate", "minimumBalance", "product:minimumBalance", "approvalAbove", "product:approvalAbove",
      "interestPosting", "product:posting");

  @EJB
  private SavingsProducts products;

  private List<SavingsProduct> all;
  private Long editing;
  private String nameTh;
  private String nameEn;
  private String kind = SavingsKind.VOLUNTARY.name();
  private String monthlyAmount = "0.00";
  private String rate = "0";
  private String minimumBalance = "0.00";
  private String approvalAbove = "5000.00";
  private String posting = InterestPosting.YEARLY.name();

  public List<SavingsProduct> getProducts() {
    if (all == null) {
      all = products.products();
    }
    return all;
  }

  public boolean isAdmin() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.ADMIN);
  }

  public SavingsKind[] getKinds() {
    return SavingsKind.values();
  }

  public InterestPosting[] getPostings() {
    return InterestPosting.values();
  }

  /** "3.50 %" from basis points. */
  public String percent(int basisPoints) {
    return java.math.BigDecimal.valueOf(basisPoints, 2).toPlainString() + " %";
  }

  /** Fills the form with a product's terms, to change them. */
  public void edit(long id) {
    SavingsProduct p = products.product(id);
    SavingsTerms t = p.terms();
    editing = id;
    nameTh = p.nameTh();
    nameEn = p.nameEn();
    kind = t.kind().name();
    monthlyAmount = t.monthlyAmount().toBaht().toPlainString();
    rate = String.valueOf(t.annualRateBp());
    minimumBalance = t.minimumBalance().toBaht().toPlainString();
    approvalAbove = t.approvalAbove().toBaht().toPlainString();
    posting = t.posting().name();
  }

  public void save() {
    Long id = editing;
    PageActions.call(() -> {
      SavingsTerms terms = new SavingsTerms(kind(), baht(monthlyAmount, "monthlyAmount", true), basisPoints(), baht(minimumBalance, "minimumBalance", true),
          baht(approvalAbove, "approvalAbove", false), posting());
      return id == null ? products.define(nameTh, nameEn, terms) : products.change(id, nameTh, nameEn, terms);
    }, INPUTS).ifPresent(saved -> {
      Texts.info(null, id == null ? "savings.product.defined" : "savings.product.changed", saved.name(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
      editing = null;
      nameTh = null;
      nameEn = null;
      all = null;
    });
  }

  private SavingsKind kind() {
    try {
      return kind == null ? null : SavingsKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private InterestPosting posting() {
    try {
      return posting == null ? null : InterestPosting.valueOf(posting);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private int basisPoints() {
    try {
      return Integer.parseInt(rate == null ? "" : rate.strip());
    } catch (NumberFormatException e) {
      throw new BadInput("savings.product.rate", SavingsTerms.MOST_BP / 100).on("annualRateBasisPoints");
    }
  }

  private static Money baht(String typed, String field, boolean blankIsZero) {
    if (blankIsZero && (typed == null || typed.isBlank())) {
      return Money.ZERO;
    }
    try {
      return Money.parseBaht(typed);
    } catch (BadInput e) {
      throw (BadInput) e.on(field);
    }
  }

  public Long getEditing() {
    return editing;
  }

  public void setEditing(Long editing) {
    this.editing = editing;
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

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getMonthlyAmount() {
    return monthlyAmount;
  }

  public void setMonthlyAmount(String monthlyAmount) {
    this.monthlyAmount = monthlyAmount;
  }

  public String getRate() {
    return rate;
  }

  public void setRate(String rate) {
    this.rate = rate;
  }

  public String getMinimumBalance() {
    return minimumBalance;
  }

  public void setMinimumBalance(String minimumBalance) {
    this.minimumBalance = minimumBalance;
  }

  public String getApprovalAbove() {
    return approvalAbove;
  }

  public void setApprovalAbove(String approvalAbove) {
    this.approvalAbove = approvalAbove;
  }

  public String getPosting() {
    return posting;
  }

  public void setPosting(String posting) {
    this.posting = posting;
  }
}
