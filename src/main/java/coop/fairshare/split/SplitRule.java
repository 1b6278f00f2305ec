package coop.fairshare.split;

import coop.fairshare.catalog.ProductCategory;
import coop.fairshare.shared.BadInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of a split rule, in force from its date until a newer version of the same scope. A
 * rule is never edited: a change is a new version, so a stored sale keeps pointing at the rule it
 * was sold under.
 */
@Entity
@Table(name = "split_rule")
public class SplitRule {

  public static final int MAX_NOTE = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "scope", nullable = false, updatable = false)
  private RuleScope scope;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", updatable = false)
  private ProductCategory category;

  @Column(name = "group_id", updatable = false)
  private Long groupId;

  @Column(name = "effective_from", nullable = false, updatable = false)
  private LocalDate effectiveFrom;

  /** The scope as one text, computed by the database (V11); read to find a product's rules in one look-up. */
  @Column(name = "scope_key", insertable = false, updatable = false)
  private String scopeKey;

  @Column(name = "maker_bp", nullable = false, updatable = false)
  private int makerBp;

  @Column(name = "group_bp", nullable = false, updatable = false)
  private int groupBp;

  @Column(name = "coop_bp", nullable = false, updatable = false)
  private int coopBp;

  @Column(name = "welfare_bp", nullable = false, updatable = false)
  private int welfareBp;

  @Column(name = "maker_savings_bp", nullable = false, updatable = false)
  private int makerSavingsBp;

  @Column(name = "note", updatable = false)
  private String note;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected SplitRule() {}

  /**
   * @param makerFloorBp the fair-price guarantee: the maker's share may not fall below it
   */
  public SplitRule(RuleScope scope, ProductCategory category, Long groupId, LocalDate effectiveFrom, SplitShares shares, int makerFloorBp, String note, String createdBy, Instant now) {
    if (scope == null) {
      throw new BadInput("split.rule.scopeRequired").on("scope");
    }
    this.scope = scope;
    if (scope == RuleScope.CATEGORY && category == null) {
      throw new BadInput("split.rule.categoryRequired").on("category");
    }
    if (scope == RuleScope.GROUP && groupId == null) {
      throw new BadInput("split.rule.groupRequired").on("group");
    }
    if ((scope == RuleScope.CATEGORY) != (category != null) || (scope == RuleScope.GROUP) != (groupId != null)) {
      throw new BadInput("split.rule.scopeMismatch").on("scope");
    }
    meetsFloor(shares, makerFloorBp);
    String text = note == null ? "" : note.strip();
    if (text.length() > MAX_NOTE) {
      throw new BadInput("split.rule.noteTooLong", MAX_NOTE).on("note");
    }
    this.category = category;
    this.groupId = groupId;
    this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effective from");
    this.makerBp = shares.makerBp();
    this.groupBp = shares.groupBp();
    this.coopBp = shares.coopBp();
    this.welfareBp = shares.welfareBp();
    this.makerSavingsBp = shares.makerSavingsBp();
    this.note = text.isEmpty() ? null : text;
    this.createdBy = Objects.requireNonNull(createdBy, "created by");
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  /** The fair-price guarantee, the one place it is checked: refuses shares that give the maker less than the floor. */
  public static void meetsFloor(SplitShares shares, int makerFloorBp) {
    if (shares.makerBp() < makerFloorBp) {
      throw new MakerShareBelowFloor(shares.makerBp(), makerFloorBp);
    }
  }

  /** What the database computes as scope_key (V11) for a rule of this scope: 'COOP', 'CATEGORY:OEM', 'GROUP:7'. */
  static String keyOf(RuleScope scope, ProductCategory category, Long groupId) {
    return switch (scope) {
      case COOP -> "COOP";
      case CATEGORY -> "CATEGORY:" + category.name();
      case GROUP -> "GROUP:" + groupId;
    };
  }

  public SplitShares shares() {
    return new SplitShares(makerBp, groupBp, coopBp, welfareBp, makerSavingsBp);
  }

  public Long id() {
    return id;
  }

  public RuleScope scope() {
    return scope;
  }

  public ProductCategory category() {
    return category;
  }

  public Long groupId() {
    return groupId;
  }

  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  public String note() {
    return note;
  }

  public String createdBy() {
    return createdBy;
  }
}
