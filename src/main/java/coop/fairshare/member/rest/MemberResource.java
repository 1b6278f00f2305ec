package coop.fairshare.member.rest;

import coop.fairshare.member.ImportOutcome;
import coop.fairshare.member.ImportProblem;
import coop.fairshare.member.MemberEntry;
import coop.fairshare.member.MemberStatus;
import coop.fairshare.member.Members;
import coop.fairshare.member.RegisterFields;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Page;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.rest.Problem;
import coop.fairshare.shared.rest.RequestFields;
import coop.fairshare.shared.security.Roles;
import coop.fairshare.shared.web.Language;
import coop.fairshare.shared.web.Texts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import coop.fairshare.shared.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The member register for treasurers' scripts; a member may read her own record. */
@Path("members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RetriedOnDeadlock
public class MemberResource {

  /** A new or edited member; gender FEMALE, MALE or OTHER; dates 1970-01-31 (joinedOn only when registering). */
  public record MemberRequest(String nameTh, String nameEn, Long groupId, String occupation, String gender, String birthDate, String joinedOn, String phone) {

    MemberEntry entry() {
      return new MemberEntry(nameTh, nameEn, groupId, occupation, RegisterFields.gender(gender), RegisterFields.date(birthDate, "birthDate"), phone);
    }
  }

  /** The day she left or died. */
  public record DayRequest(String on) {}

  /** One page of the register. */
  public record MemberPage(List<MemberJson> members, int page, int size, long total) {}

  @EJB
  private Members members;

  @Context
  private HttpServletRequest request;

  @Context
  private UriInfo uri;

  @POST
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  @Operation(summary = "Registers a member; the app issues her number (TREASURER)")
  public Response register(MemberRequest body) {
    MemberRequest r = RequestFields.body(body);
    LocalDate joinedOn = RegisterFields.date(r.joinedOn(), "joinedOn");
    MemberJson created = MemberJson.of(members.register(r.entry(), joinedOn));
    return Response.created(uri.getAbsolutePathBuilder().path(created.number()).build()).entity(created).build();
  }

  @GET
  @Path("{number}")
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN, Roles.MEMBER})
  @Operation(summary = "One member by number (TREASURER, ADMIN; a MEMBER only herself, anyone else is 404)")
  public MemberJson one(@PathParam("number") String number) {
    return MemberJson.of(members.find(number));
  }

  @GET
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  @Operation(summary = "The register a page at a time: ?group=4&status=ACTIVE&q=สมศรี&page=0&size=50; a total above 10,000 means more than 10,000 (not counted further)")
  public MemberPage list(@QueryParam("group") String group, @QueryParam("status") String status, @QueryParam("q") String q, @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Long groupId = group == null || group.isBlank() ? null : RequestFields.number(group, 0, 1, Long.MAX_VALUE);
    MemberStatus wanted = status == null || status.isBlank() ? null : RequestFields.oneOf(MemberStatus.class, status, "status");
    Page<coop.fairshare.member.Member> found = members.list(groupId, wanted, q, (int) RequestFields.number(page, 0, 0, Page.MAX_PAGE),
        (int) RequestFields.number(size, 50, 1, Page.MAX_SIZE));
    return new MemberPage(found.items().stream().map(MemberJson::of).toList(), found.page(), found.size(), found.total());
  }

  @PUT
  @Path("{number}")
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  @Operation(summary = "Edits a member's names, group, occupation, gender, birth date or phone")
  public MemberJson edit(@PathParam("number") String number, MemberRequest body) {
    return MemberJson.of(members.edit(number, RequestFields.body(body).entry()));
  }

  @POST
  @Path("{number}/leave")
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  @Operation(summary = "She leaves on a day (409 member.leave.moneyHeld while money is held for her)")
  public MemberJson leave(@PathParam("number") String number, DayRequest body) {
    return MemberJson.of(members.leave(number, day(body)));
  }

  @POST
  @Path("{number}/death")
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  @Operation(summary = "Records her death on a day (409 member.death.moneyHeld while money is held for her)")
  public MemberJson death(@PathParam("number") String number, DayRequest body) {
    return MemberJson.of(members.recordDeath(number, day(body)));
  }

  /**
   * A spreadsheet of members (CSV, UTF-8, header row): 200 with the count when all went in; else
   * 400, a problem whose {@code rows} name every bad line with its reason, and nothing went in.
   */
  @POST
  @Path("import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  @Operation(summary = "Imports a CSV of members: all rows or none (TREASURER)")
  public Response importCsv(byte[] file) {
    ImportOutcome outcome = members.importSpreadsheet(file);
    Locale locale = Language.ofCaller(request);
    if (outcome instanceof ImportOutcome.Imported done) {
      return Response.ok(Jsons.object().add("imported", done.count()).add("firstNumber", done.firstNumber()).add("lastNumber", done.lastNumber())
          .add("millis", done.millis()).build()).build();
    }
    List<ImportProblem> problems = ((ImportOutcome.Refused) outcome).problems();
    JsonArrayBuilder rows = Jsons.array();
    for (ImportProblem p : problems) {
      var row = Jsons.object().add("line", p.line()).add("code", p.messageKey()).add("detail", Texts.text(locale, p.messageKey(), p.arguments()));
      if (p.column() != null) {
        row.add("field", p.column());
      }
      rows.add(row);
    }
    Response.Status status = Response.Status.BAD_REQUEST;
    return Response.status(status).type(Problem.MEDIA_TYPE).entity(Jsons.object().add("type", "about:blank").add("title", status.getReasonPhrase())
        .add("status", status.getStatusCode()).add("detail", Texts.text(locale, "member.import.refused", problems.size())).add("code", "member.import.refused")
        .add("rows", rows).build()).build();
  }

  private static LocalDate day(DayRequest body) {
    LocalDate on = RegisterFields.date(RequestFields.body(body).on(), "on");
    if (on == null) {
      throw new BadInput("error.fieldRequired", "on").on("on");
    }
    return on;
  }
}
