package coop.fairshare.split.web;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.CoopTime;
import coop.fairshare.catalog.ProductCategory;
import coop.fairshare.ledger.web.Dates;
import coop.fairshare.member.ProducerGroup;
import coop.fairshare.member.web.GroupMenu;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.TextKey;
import coop.fairshare.shared.web.Format;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.Texts;
import coop.fairshare.split.MakerShareBelowFloor;
import coop.fairshare.split.RuleScope;
import coop.fairshare.split.SplitAllocation;
import coop.fairshare.split.SplitRule;
import coop.fairshare.split.SplitRules;
import coop.fairshare.split.SplitShares;
import coop.fairshare.split.WhereYourMoneyGoes;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The admin's draft of a new split rule version and of the maker's floor, with a live preview of
 * how ฿100 would divide under the draft. It lives as long as the page so a refused draft keeps
 * everything typed; it holds only the typed text and the last preview.
 */
@Named
@ViewScoped
@RetriedOnDeadlock
public class SplitRuleForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The form's inputs, in the order {@link #draft()} reads them, by the names the domain's refusals give them. */
  private static final String[] INPUTS = {"maker", "groupShare", "coop", "welfare", "makerSavings"};

  /** Where the domain's refusals go on the page: beside the input they name. */
  private static final Map<String, String> FIELDS = Map.of(
      "scope", clientId("scope"), "category", clientId("category"), "group", clientId("group"), "effectiveFrom", clientId("effectiveFrom"),
      "maker", clientId("maker"), "groupShare", clientId("groupShare"), "makerSavings", clientId("savings"), "coop", clientId("coop"), "welfare", clientId("welfare"), "note", clientId("note"));

  private static String clientId(String input) {
    return "rule:" + input;
  }
  private static final Money PREVIEW_AMOUNT = Money.ofBaht(100);

  @EJB
  private SplitRules rules;

  @EJB
  private WhereYourMoneyGoes money;

  @Inject
  private Format fmt;

  /** The group's menu, or its typed code beyond a menu's worth of groups. */
  @Inject
  private GroupMenu groupMenu;

  private String scope = RuleScope.COOP.name();
  private String category;
  private String group;
  private String effectiveFrom;
  private String maker;
  private String groupShare;
  private String coop;
  private String welfare;
  private String savings;
  private String note;
  private String floor;

  private SplitAllocation preview;
  private String previewProblem;
  private String previewWarning;

  /** The draft starts from the cooperative's rule in force, so the preview has something to show. */
  @PostConstruct
  void start() {
    SplitShares standing = rules.cooperativeRule(CoopTime.today()).shares();
    maker = Percent.of(standing.makerBp());
    groupShare = Percent.of(standing.groupBp());
    coop = Percent.of(standing.coopBp());
    welfare = Percent.of(standing.welfareBp());
    savings = Percent.of(standing.makerSavingsBp());
    effectiveFrom = CoopTime.today().plusDays(1).toString();
    floor = Percent.of(rules.makerFloorBp());
    refresh();
  }

  /** Recomputes the preview from the shares as typed so far; called as the admin types. */
  public void refresh() {
    preview = null;
    previewProblem = null;
    previewWarning = null;
    Draft draft = draft();
    if (draft.problem != null) {
      previewProblem = Texts.text(draft.problem.messageKey(), draft.problem.arguments());
      return;
    }
    preview = money.forShares(draft.shares, PREVIEW_AMOUNT);
    try {
      SplitRule.meetsFloor(draft.shares, rules.makerFloorBp());
    } catch (MakerShareBelowFloor below) {
      previewWarning = Texts.text(below.messageKey(), below.arguments());
    }
  }

  /** The shares as typed, or the first reason they cannot be a rule (the domain's own refusal). */
  private record Draft(SplitShares shares, BusinessRuleViolation problem) {}

  private Draft draft() {
    String[][] fields = {
      {maker, "split.editor.maker"}, {groupShare, "split.editor.group"}, {coop, "split.editor.coop"}, {welfare, "split.editor.welfare"}, {savings, "split.editor.savingsLong"}
    };
    int[] bp = new int[fields.length];
    for (int i = 0; i < fields.length; i++) {
      String typed = fields[i][0];
      OptionalInt read = Percent.basisPoints(typed == null || typed.isBlank() ? "0" : typed);
      if (read.isEmpty()) {
        // reading what was typed is the form's job; whether the shares make a rule is the domain's
        return new Draft(null, new BadInput("split.editor.unreadable", new TextKey(fields[i][1])).on(INPUTS[i]));
      }
      bp[i] = read.getAsInt();
    }
    try {
      return new Draft(new SplitShares(bp[0], bp[1], bp[2], bp[3], bp[4]), null);
    } catch (BadInput refused) {
      return new Draft(null, refused);
    }
  }

  public void create() {
    RuleScope chosenScope = Arrays.stream(RuleScope.values()).filter(s -> s.name().equals(scope)).findFirst().orElse(null);
    ProductCategory chosenCategory = chosenScope != RuleScope.CATEGORY ? null
        : Arrays.stream(ProductCategory.values()).filter(c -> c.name().equals(category)).findFirst().orElse(null);
    Optional<LocalDate> from = Dates.date(effectiveFrom);
    Draft draft = draft();
    if (from.isEmpty()) {
      Texts.error(clientId("effectiveFrom"), "split.editor.badDate");
    }
    if (draft.problem != null) {
      PageActions.refused(draft.problem, FIELDS);
    }
    if (from.isPresent() && draft.problem == null) {
      String text = note == null ? "" : note;
      PageActions.call(() -> rules.create(chosenScope, chosenCategory, chosenGroup(chosenScope), from.get(), draft.shares, text), fields()).ifPresent(rule -> {
        Texts.info(null, "split.editor.created", Texts.text("split.scope." + rule.scope().name()), fmt.date(rule.effectiveFrom(), locale()));
        note = null;
      });
    }
    refresh();
  }

  public void saveFloor() {
    OptionalInt bp = Percent.basisPoints(floor);
    if (bp.isEmpty()) {
      Texts.error(null, "split.editor.floorUnreadable");
      return;
    }
    if (PageActions.attempt(() -> rules.setMakerFloor(bp.getAsInt()))) {
      floor = Percent.of(bp.getAsInt());
      Texts.info(null, "split.editor.floorSaved", floor);
    }
    refresh();
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  /** The group a group's rule is for: the menu's id or the code typed, refused beside the field when no group has it. */
  private Long chosenGroup(RuleScope chosenScope) {
    return chosenScope != RuleScope.GROUP ? null : groupMenu.chosen(group, "group").map(ProducerGroup::id).orElse(null);
  }

  /** Where the refusals go; the group's is the typed field when there is no menu. */
  private Map<String, String> fields() {
    if (!groupMenu.isTyped()) {
      return FIELDS;
    }
    Map<String, String> fields = new HashMap<>(FIELDS);
    fields.put("group", clientId("groupCode"));
    return fields;
  }

  public SplitAllocation getPreview() {
    return preview;
  }

  public String getPreviewProblem() {
    return previewProblem;
  }

  public String getPreviewWarning() {
    return previewWarning;
  }

  public Money getPreviewAmount() {
    return PREVIEW_AMOUNT;
  }

  public boolean isCategoryScope() {
    return RuleScope.CATEGORY.name().equals(scope);
  }

  public boolean isGroupScope() {
    return RuleScope.GROUP.name().equals(scope);
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public String getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(String effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
  }

  public String getMaker() {
    return maker;
  }

  public void setMaker(String maker) {
    this.maker = maker;
  }

  public String getGroupShare() {
    return groupShare;
  }

  public void setGroupShare(String groupShare) {
    this.groupShare = groupShare;
  }

  public String getCoop() {
    return coop;
  }

  public void setCoop(String coop) {
    this.coop = coop;
  }

  public String getWelfare() {
    return welfare;
  }

  public void setWelfare(String welfare) {
    this.welfare = welfare;
  }

  public String getSavings() {
    return savings;
  }

  public void setSavings(String savings) {
    this.savings = savings;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getFloor() {
    return floor;
  }

  public void setFloor(String floor) {
    this.floor = floor;
  }
}
