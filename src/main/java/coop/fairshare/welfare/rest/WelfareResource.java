package coop.fairshare.welfare.rest;

import coop.fairshare.shared.Money;
import coop.fairshare.shared.MoneyMethod;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.rest.RequestFields;
import coop.fairshare.shared.security.Roles;
import coop.fairshare.shared.web.Texts;
import coop.fairshare.welfare.Assessment;
import coop.fairshare.welfare.Benefit;
import coop.fairshare.welfare.ClaimDocument;
import coop.fairshare.welfare.ClaimFacts;
import coop.fairshare.welfare.ClaimState;
import coop.fairshare.welfare.ClaimView;
import coop.fairshare.welfare.ContributionMonths;
import coop.fairshare.welfare.MemberStanding;
import coop.fairshare.welfare.WelfareClaims;
import coop.fairshare.welfare.WelfareFund;
import coop.fairshare.welfare.WelfareMember;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The welfare fund for scripts: enrolment, contributions, claims and their approvals, the payout queue. */
@Path("welfare")
@RolesAllowed({Roles.TREASURER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RetriedOnDeadlock
public class WelfareResource {

  public record EnrolRequest(String memberNumber, String joinedOn) {}

  public record ContributionRequest(String memberNumber, List<String> months, String receiptNo, String method) {}

  public record ClaimRequest(String memberNumber, String benefit, String eventDate, Integer nights, Integer children, String amount) {}

  public record ReasonJson(String code, String text) {}

  public record AssessmentJson(boolean eligible, long amountSatang, List<ReasonJson> reasons) {}

  public record StandingJson(String memberNumber, LocalDate joinedOn, List<String> paidMonths, List<String> unpaidBeforeThisMonth) {}

  public record Paid(String memberNumber, List<String> months, long amountSatang) {}

  public record ApprovalRequest(String amount) {}

  public record RejectionRequest(String reason) {}

  public record ClaimJson(long id, String memberNumber, Benefit benefit, LocalDate eventDate, int nights, int children, long amountSatang, ClaimState state,
      String submittedBy, String firstApprover, String secondApprover, String rejectionReason, Long payoutEntryId, List<ClaimView.DocumentInfo> documents) {

    static ClaimJson of(ClaimView c) {
      return new ClaimJson(c.id(), c.memberNumber(), c.benefit(), c.eventDate(), c.nights(), c.children(), c.amount().satang(), c.state(), c.submittedBy(),
          c.firstApprover(), c.secondApprover(), c.rejectionReason(), c.payoutEntryId(), c.documents());
    }
  }

  public record QueueJson(long fundSatang, List<Long> paidNow, List<ClaimJson> waiting) {}

  @EJB
  private WelfareFund fund;

  @EJB
  private WelfareClaims claims;

  @Context
  private HttpHeaders headers;

  @POST
  @Path("members")
  @Operation(summary = "Enrols a member in the welfare fund from a day (today when left out; earlier for members brought in from paper records)")
  public Response enrol(EnrolRequest request) {
    EnrolRequest r = RequestFields.body(request);
    WelfareMember enrolled = fund.enrol(RequestFields.required(r.memberNumber(), "memberNumber"), RequestFields.date(r.joinedOn(), "joinedOn"));
    return Response.status(Response.Status.CREATED).entity(standing(r.memberNumber())).build();
  }

  @GET
  @Path("members/{number}")
  @Operation(summary = "Where a member stands with the fund: when she joined it, the months paid, the months unpaid before this month")
  public StandingJson standing(@PathParam("number") String number) {
    MemberStanding s = fund.standing(number);
    return new StandingJson(number.strip(), s.joinedFundOn(), s.paidMonths().stream().sorted().map(YearMonth::toString).toList(),
        s.unpaidBefore(coop.fairshare.shared.CoopTime.today()).stream().map(YearMonth::toString).toList());
  }

  @POST
  @Path("contributions")
  @Operation(summary = "A member's contribution for one or more months (paid ahead too), with the receipt number; posted to the welfare fund")
  public Response contribute(ContributionRequest request) {
    ContributionRequest r = RequestFields.body(request);
    List<YearMonth> months = new ArrayList<>();
    for (String m : RequestFields.elements(r.months(), "months")) {
      try {
        months.add(YearMonth.parse(m.strip()));
      } catch (DateTimeParseException e) {
        throw new coop.fairshare.shared.BadInput("welfare.contribution.monthInvalid", m).on("months");
      }
    }
    MoneyMethod method = r.method() == null || r.method().isBlank() ? MoneyMethod.CASH : RequestFields.oneOf(MoneyMethod.class, r.method(), "method");
    Money paid = fund.contribute(RequestFields.required(r.memberNumber(), "memberNumber"), months, r.receiptNo(), method);
    return Response.status(Response.Status.CREATED).entity(new Paid(r.memberNumber().strip(), new ContributionMonths(months).months().stream().map(YearMonth::toString).toList(),
        paid.satang())).build();
  }

  @POST
  @Path("claims")
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN, Roles.MEMBER, Roles.PRODUCER})
  @Operation(summary = "Submits a claim for a member (by herself, her group's leader or a treasurer): refused with the scheme's reason, or stored waiting for two approvals")
  public Response submit(ClaimRequest request) {
    ClaimRequest r = RequestFields.body(request);
    ClaimView claim = claims.submit(RequestFields.required(r.memberNumber(), "memberNumber"), facts(r), null, List.of());
    return Response.status(Response.Status.CREATED).entity(ClaimJson.of(claim)).build();
  }

  @GET
  @Path("claims/{id}")
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN, Roles.MEMBER, Roles.PRODUCER})
  @Operation(summary = "One claim, with where it stands and its papers")
  public ClaimJson claim(@PathParam("id") long id) {
    return ClaimJson.of(claims.claim(id));
  }

  @GET
  @Path("claims")
  @Operation(summary = "Claims waiting for a first or second approval, oldest first")
  public List<ClaimJson> waiting() {
    return claims.waiting().stream().map(ClaimJson::of).toList();
  }

  @GET
  @Path("claims/mine")
  @RolesAllowed(Roles.MEMBER)
  @Operation(summary = "The signed-in member's own claims")
  public List<ClaimJson> mine() {
    return claims.mine().stream().map(ClaimJson::of).toList();
  }

  @POST
  @Path("claims/{id}/documents")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN, Roles.MEMBER, Roles.PRODUCER})
  @Operation(summary = "Adds a paper (JPEG, PNG or PDF, at most 5 MB) to a claim still waiting for approval")
  public Response addDocument(@PathParam("id") long id, @QueryParam("name") String name, byte[] file) {
    return Response.status(Response.Status.CREATED).entity(ClaimJson.of(claims.addDocument(id, ClaimDocument.of(name, file)))).build();
  }

  @GET
  @Path("claims/{id}/documents/{document}")
  @Produces(MediaType.WILDCARD)
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN, Roles.MEMBER, Roles.PRODUCER})
  @Operation(summary = "A paper of a claim, as it was sent")
  public Response document(@PathParam("id") long id, @PathParam("document") long document) {
    ClaimDocument paper = claims.document(id, document);
    return Response.ok(paper.bytes(), paper.contentType()).header("Content-Disposition", "attachment; filename=\"claim-" + id + "-" + document + "\"").build();
  }

  @POST
  @Path("claims/{id}/approval")
  @Operation(summary = "The next approval: a treasurer's first (setting a disaster's amount), then a different person's second, which queues the claim and pays what the fund covers")
  public ClaimJson approve(@PathParam("id") long id, ApprovalRequest request) {
    Money amount = request == null || request.amount() == null || request.amount().isBlank() ? null : RequestFields.baht(request.amount(), "amount");
    return ClaimJson.of(claims.approve(id, amount));
  }

  @POST
  @Path("claims/{id}/rejection")
  @Operation(summary = "Rejects a claim waiting for approval, with the reason the member reads")
  public ClaimJson reject(@PathParam("id") long id, RejectionRequest request) {
    return ClaimJson.of(claims.reject(id, RequestFields.body(request).reason()));
  }

  @GET
  @Path("queue")
  @Operation(summary = "What the fund holds and the approved claims waiting for money, in the order they will be paid")
  public QueueJson queue() {
    return new QueueJson(claims.fundBalance().satang(), List.of(), claims.queue().stream().map(ClaimJson::of).toList());
  }

  @POST
  @Path("queue/payments")
  @Operation(summary = "Pays the queue now as far as the fund covers it (the payout sweep does so every minute)")
  public QueueJson payQueue() {
    List<Long> paid = claims.payQueueNow();
    return new QueueJson(claims.fundBalance().satang(), paid, claims.queue().stream().map(ClaimJson::of).toList());
  }

  @POST
  @Path("claims/assessment")
  @Operation(summary = "What the scheme in force on the event date says of a claim (eligible, amount, reasons in the caller's language), storing nothing")
  public AssessmentJson assess(ClaimRequest request) {
    ClaimRequest r = RequestFields.body(request);
    ClaimFacts facts = facts(r);
    Assessment a = fund.assess(RequestFields.required(r.memberNumber(), "memberNumber"), facts);
    Locale locale = headers.getAcceptableLanguages().stream().filter(l -> l.getLanguage().equals("en")).findFirst().orElse(Locale.forLanguageTag("th"));
    return new AssessmentJson(a.eligible(), a.amount().satang(),
        a.reasons().stream().map(x -> new ReasonJson(x.code(), Texts.text(locale, x.code(), x.arguments().toArray()))).toList());
  }

  private static ClaimFacts facts(ClaimRequest r) {
    Benefit benefit = RequestFields.oneOf(Benefit.class, r.benefit(), "benefit");
    LocalDate day = RequestFields.date(RequestFields.required(r.eventDate(), "eventDate"), "eventDate");
    Money amount = r.amount() == null || r.amount().isBlank() ? null : RequestFields.baht(r.amount(), "amount");
    return new ClaimFacts(benefit, day, r.nights() == null ? 0 : r.nights(), r.children() == null ? 0 : r.children(), amount);
  }
}
