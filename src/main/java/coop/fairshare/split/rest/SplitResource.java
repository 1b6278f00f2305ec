package coop.fairshare.split.rest;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.catalog.ProductCategory;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Money;
import coop.fairshare.split.RuleScope;
import coop.fairshare.split.SplitAllocation;
import coop.fairshare.split.SplitPreview;
import coop.fairshare.split.SplitRule;
import coop.fairshare.split.SplitRules;
import coop.fairshare.split.SplitShares;
import coop.fairshare.split.WhereYourMoneyGoes;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.rest.RequestFields;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Where the money goes, for anyone; split rules, for admins. */
@Path("split")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RetriedOnDeadlock
public class SplitResource {

  /** An amount in baht (e.g. "100.00") and, optionally, the product or group it is for. */
  public record PreviewRequest(BigDecimal amount, Long productId, Long groupId) {}

  /** The parts in satang, adding up to the amount; the fee comes out of the cooperative's part. */
  public record PreviewJson(long amountSatang, long makerSatang, long makerCashSatang, long makerSavingsSatang, long groupSatang, long coopSatang,
      long welfareSatang, long feeSatang, long coopAfterFeeSatang, Long ruleId, String ruleScope) {

    static PreviewJson of(SplitAllocation a, Long ruleId, RuleScope scope) {
      return new PreviewJson(a.amount().satang(), a.maker().satang(), a.makerCash().satang(), a.makerSavings().satang(), a.group().satang(), a.coop().satang(),
          a.welfare().satang(), a.fee().satang(), a.coopAfterFee().satang(), ruleId, scope == null ? null : scope.name());
    }
  }

  /** A new rule version. */
  public record RuleRequest(String scope, String category, Long groupId, LocalDate effectiveFrom, Integer makerBp, Integer groupBp, Integer coopBp, Integer welfareBp,
      Integer makerSavingsBp, String note) {}

  /** A rule as stored. */
  public record RuleJson(long id, String scope, String category, Long groupId, LocalDate effectiveFrom, int makerBp, int groupBp, int coopBp, int welfareBp, int makerSavingsBp, String note) {

    static RuleJson of(SplitRule r) {
      SplitShares s = r.shares();
      return new RuleJson(r.id(), r.scope().name(), r.category() == null ? null : r.category().name(), r.groupId(), r.effectiveFrom(),
          s.makerBp(), s.groupBp(), s.coopBp(), s.welfareBp(), s.makerSavingsBp(), r.note());
    }
  }

  @EJB
  private WhereYourMoneyGoes money;

  @EJB
  private SplitRules rules;

  @POST
  @Path("preview")
  @Operation(summary = "How an amount divides between the maker, her group, the cooperative fund and the welfare fund (public)")
  public PreviewJson preview(PreviewRequest request) {
    if (request == null || request.amount() == null) {
      throw new BadInput("split.amount.required").on("amount");
    }
    // "1E-1000000000" would cost minutes of arithmetic to find it is a fraction of a satang
    if (request.amount().scale() > 10) {
      throw new BadInput("split.preview.amount");
    }
    Money amount = Money.ofBaht(request.amount());
    if (!amount.isPositive() || amount.compareTo(Money.ofBaht(10_000_000)) > 0) {
      throw new BadInput("split.amount.range").on("amount");
    }
    SplitPreview preview = request.productId() != null ? money.forProduct(request.productId(), amount)
        : request.groupId() != null ? money.forGroup(request.groupId(), amount)
        : money.forCooperative(amount);
    return PreviewJson.of(preview.allocation(), preview.ruleId(), preview.scope());
  }

  @GET
  @Path("rules")
  @Operation(summary = "Every split rule version")
  public List<RuleJson> rules() {
    return rules.all().stream().map(RuleJson::of).toList();
  }

  @POST
  @Path("rules")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "A new split rule version (ADMIN); refused below the maker's floor or if the shares do not add to 100%")
  public RuleJson create(RuleRequest request) {
    RequestFields.body(request);
    RuleScope scope = RequestFields.oneOf(RuleScope.class, request.scope(), "scope");
    ProductCategory category = request.category() == null ? null : RequestFields.oneOf(ProductCategory.class, request.category(), "category");
    // the savings part may be left out: none of the maker's share goes to savings
    SplitShares shares = new SplitShares(RequestFields.required(request.makerBp(), "makerBp"), RequestFields.required(request.groupBp(), "groupBp"),
        RequestFields.required(request.coopBp(), "coopBp"), RequestFields.required(request.welfareBp(), "welfareBp"),
        request.makerSavingsBp() == null ? 0 : request.makerSavingsBp());
    return RuleJson.of(rules.create(scope, category, request.groupId(), request.effectiveFrom(), shares, request.note()));
  }

  /** The constant a client named, in any case; empty for a name that is none (never the JDK's "No enum constant"). */
  private static <E extends Enum<E>> java.util.Optional<E> named(Class<E> type, String name) {
    String wanted = name.strip().toUpperCase(java.util.Locale.ROOT);
    return java.util.Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(wanted)).findFirst();
  }
}
