package coop.fairshare.savings;

import coop.fairshare.shared.Bilingual;
import coop.fairshare.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;

/**
 * A kind of savings an ADMIN offers (regular savings, a promised ฿100 every month, savings from
 * sales): its names and its {@link SavingsTerms}, where each of its rules lives.
 */
@Entity
@Table(name = "savings_product")
public class SavingsProduct {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "name_th", nullable = false)
  private String nameTh;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private SavingsKind kind;

  @Column(name = "monthly_satang", nullable = false)
  private Money monthlyAmount;

  @Column(name = "annual_rate_bp", nullable = false)
  private int annualRateBp;

  @Column(name = "minimum_balance_satang", nullable = false)
  private Money minimumBalance;

  @Column(name = "approval_above_satang", nullable = false)
  private Money approvalAbove;

  @Enumerated(EnumType.STRING)
  @Column(name = "interest_posting", nullable = false)
  private InterestPosting posting;

  /** 1 for the one product whose accounts hold the savings part of sales; null for the others. */
  @Column(name = "from_sales", updatable = false)
  private Integer fromSales;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Version
  @Column(name = "version")
  private long version;

  protected SavingsProduct() {}

  public SavingsProduct(String nameTh, String nameEn, SavingsTerms terms, String createdBy) {
    this.nameTh = Bilingual.require(nameTh, 120, "nameTh");
    this.nameEn = Bilingual.require(nameEn, 120, "nameEn");
    apply(terms);
    this.createdBy = createdBy;
  }

  /** New terms from now on; what was posted under the old ones stays as it was. */
  public void change(String nameTh, String nameEn, SavingsTerms terms) {
    this.nameTh = Bilingual.require(nameTh, 120, "nameTh");
    this.nameEn = Bilingual.require(nameEn, 120, "nameEn");
    apply(terms);
  }

  private void apply(SavingsTerms terms) {
    this.kind = terms.kind();
    this.monthlyAmount = terms.monthlyAmount();
    this.annualRateBp = terms.annualRateBp();
    this.minimumBalance = terms.minimumBalance();
    this.approvalAbove = terms.approvalAbove();
    this.posting = terms.posting();
  }

  public SavingsTerms terms() {
    return new SavingsTerms(kind, monthlyAmount, annualRateBp, minimumBalance, approvalAbove, posting);
  }

  /** Whether this is savings from sales: its accounts are the members' 2300 accounts the split posts to. */
  public boolean isFromSales() {
    return fromSales != null;
  }

  public Long id() {
    return id;
  }

  public String nameTh() {
    return nameTh;
  }

  public String nameEn() {
    return nameEn;
  }

  public String name(Locale locale) {
    return Bilingual.pick(locale, nameTh, nameEn);
  }
}
