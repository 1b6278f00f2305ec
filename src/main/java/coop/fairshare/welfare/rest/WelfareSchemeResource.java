package coop.fairshare.welfare.rest;

import coop.fairshare.shared.Money;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.rest.RequestFields;
import coop.fairshare.shared.security.Roles;
import coop.fairshare.welfare.DeathBand;
import coop.fairshare.welfare.SchemeVersion;
import coop.fairshare.welfare.WelfareRules;
import coop.fairshare.welfare.WelfareSchemes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The welfare scheme's versions for scripts: every treasurer reads them; an ADMIN adds one from today
 * on, or withdraws one not yet in force. Amounts are in satang, as the version is shown.
 */
@Path("welfare/scheme")
@RolesAllowed({Roles.TREASURER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RetriedOnDeadlock
public class WelfareSchemeResource {

  public record BandJson(Integer fromYears, Long amountSatang) {}

  /** A version's terms: what POST takes, and what GET answers (with id, standing and who saved it). */
  public record TermsJson(String effectiveFrom, Long monthlySatang, Integer mostUnpaidMonths, Integer waitingDays, Long perChildSatang, Long perNightSatang,
      Integer nightsPerStay, Long hospitalYearSatang, Long oldAgeYearSatang, Integer oldAgeFullYears, Integer oldAgeFromAge, List<BandJson> deathBands,
      Long disasterMostSatang) {}

  public record VersionJson(long id, String standing, LocalDate effectiveFrom, long monthlySatang, int mostUnpaidMonths, int waitingDays, long perChildSatang,
      long perNightSatang, int nightsPerStay, long hospitalYearSatang, long oldAgeYearSatang, int oldAgeFullYears, int oldAgeFromAge, List<BandJson> deathBands,
      long disasterMostSatang, String createdBy, Instant createdAt) {}

  @EJB
  private WelfareSchemes schemes;

  @GET
  @Operation(summary = "Every version of the welfare scheme, the latest day first, each HISTORY, IN_FORCE or COMING")
  public List<VersionJson> versions() {
    return schemes.versions().stream().map(WelfareSchemeResource::json).toList();
  }

  @POST
  @Path("versions")
  @Operation(summary = "A new version of the scheme from a day on (today or later; a version already saved for a day still to come is replaced). ADMIN only")
  public Response add(TermsJson request) {
    TermsJson r = RequestFields.body(request);
    List<DeathBand> bands = RequestFields.elements(r.deathBands(), "deathBands").stream()
        .map(b -> new DeathBand(RequestFields.required(b.fromYears(), "deathBands"), satang(b.amountSatang(), "deathBands"))).toList();
    WelfareRules rules = new WelfareRules(RequestFields.required(RequestFields.date(r.effectiveFrom(), "effectiveFrom"), "effectiveFrom"),
        satang(r.monthlySatang(), "monthlyContribution"), RequestFields.required(r.mostUnpaidMonths(), "mostUnpaidMonths"),
        RequestFields.required(r.waitingDays(), "waitingDays"), satang(r.perChildSatang(), "perChild"), satang(r.perNightSatang(), "perNight"),
        RequestFields.required(r.nightsPerStay(), "nightsPerStay"), satang(r.hospitalYearSatang(), "hospitalPerYear"), satang(r.oldAgeYearSatang(), "oldAgePerYear"),
        RequestFields.required(r.oldAgeFullYears(), "oldAgeFullYears"), RequestFields.required(r.oldAgeFromAge(), "oldAgeFromAge"), bands,
        satang(r.disasterMostSatang(), "disasterMost"));
    return Response.status(Response.Status.CREATED).entity(json(schemes.add(rules))).build();
  }

  @DELETE
  @Path("versions/{id}")
  @Operation(summary = "Withdraws a version that has not taken effect yet (one in force or past stays). ADMIN only")
  public Response withdraw(@PathParam("id") long id) {
    schemes.withdraw(id);
    return Response.noContent().build();
  }

  private static Money satang(Long value, String field) {
    return Money.ofSatang(RequestFields.required(value, field));
  }

  static VersionJson json(SchemeVersion v) {
    WelfareRules r = v.rules();
    return new VersionJson(v.id(), v.standing().name(), r.effectiveFrom(), r.monthlyContribution().satang(), r.mostUnpaidMonths(), r.waitingDays(), r.perChild().satang(),
        r.perNight().satang(), r.nightsPerStay(), r.hospitalPerYear().satang(), r.oldAgePerYear().satang(), r.oldAgeFullYears(), r.oldAgeFromAge(),
        r.deathBands().stream().map(b -> new BandJson(b.fromYears(), b.amount().satang())).toList(), r.disasterMost().satang(), v.createdBy(), v.createdAt());
  }
}
