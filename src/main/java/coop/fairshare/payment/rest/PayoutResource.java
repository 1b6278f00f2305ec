package coop.fairshare.payment.rest;

import coop.fairshare.shared.CodeSeek;
import coop.fairshare.shared.Page;
import coop.fairshare.ledger.PostedEntry;
import coop.fairshare.payment.PayeeOwed;
import coop.fairshare.payment.PayoutLine;
import coop.fairshare.payment.PayoutRunView;
import coop.fairshare.payment.PayoutRuns;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.rest.RequestFields;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Payout runs for treasurers' scripts: propose, approve (a second treasurer), the transfer file,
 * paid. Payee details appear masked; the full numbers only in the transfer file.
 */
@Path("treasurer/payouts")
@RolesAllowed({Roles.TREASURER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RetriedOnDeadlock
public class PayoutResource {

  /** What to propose: everything owed for sales up to this day (yyyy-MM-dd). */
  public record ProposalRequest(String upTo) {}

  /** An ADMIN's threshold: days money may be owed before it is flagged. */
  public record ThresholdJson(Long days) {}

  /** One line of a run; {@code paidTo} is masked, and absent for a payee without details (not paid by the run). */
  public record LineJson(String payee, String name, String accountCode, long amountSatang, boolean details, String paidTo) {

    static LineJson of(PayoutLine l) {
      return new LineJson(l.payee().key(), l.payeeName(), l.accountCode(), l.amount().satang(), l.hasDetails(), l.hasDetails() ? l.maskedTo() : null);
    }
  }

  /**
   * A run and where it stands, with a page of its lines: {@code lineCount} lines in all, these from
   * line {@code firstLine}; {@code linesMore} when more follow ({@code ?page=} of the run's address
   * reads them; a national run has a hundred thousand, its transfer file has them all).
   */
  public record RunJson(long id, LocalDate upTo, String status, String proposedBy, String approvedBy, String paidBy, LocalDate paidOn, long totalSatang,
      long transferSatang, long transfers, long lineCount, int firstLine, boolean linesMore, List<LineJson> lines, List<Long> postedEntryIds) {

    static RunJson of(PayoutRunView r, List<Long> posted) {
      return new RunJson(r.id(), r.upTo(), r.status().name(), r.proposedBy(), r.approvedBy(), r.paidBy(), r.paidOn(), r.total().satang(), r.transferTotal().satang(),
          r.transfers(), r.lineCount(), r.firstLine(), r.linesFollow(), r.lines().stream().map(LineJson::of).toList(), posted);
    }
  }

  /** What one payable account owes now and since when; {@code overdue} past the ADMIN's threshold. */
  public record OwedJson(String payee, String name, String accountCode, String purpose, long owedSatang, LocalDate oldestUnpaid, long daysOwed, boolean overdue,
      long paidLatelySatang, Long averageDaysToPayout, boolean details, String paidTo) {

    static OwedJson of(PayeeOwed o) {
      return new OwedJson(o.payee().key(), o.name(), o.accountCode(), o.purpose().name(), o.owed().satang(), o.oldestUnpaid(), o.daysOwed(), o.overdue(),
          o.paidLately().satang(), o.averageDaysToPayout(), o.hasDetails(), o.paidTo());
    }
  }

  /** How many runs, and how many lines of each, the list of recent runs shows (as the payouts page does). */
  static final int RECENT = 20;
  static final int RECENT_LINES = 20;

  @EJB
  private PayoutRuns runs;

  @GET
  @Operation(summary = "The latest 20 payout runs, each with its first 20 lines and its line count (TREASURER, ADMIN)")
  public List<RunJson> recent() {
    return runs.recentShown(RECENT, RECENT_LINES).stream().map(r -> RunJson.of(r, List.of())).toList();
  }

  @POST
  @Operation(summary = "Proposes paying every maker and group what is owed for sales up to a day; a second treasurer approves")
  public RunJson propose(ProposalRequest request) {
    String upTo = RequestFields.required(RequestFields.body(request).upTo(), "upTo");
    try {
      return shown(runs.propose(LocalDate.parse(upTo.strip())).id(), List.of());
    } catch (DateTimeParseException e) {
      throw new BadInput("payout.upTo.invalid").on("upTo");
    }
  }

  @GET
  @Path("{id: \\d+}")
  @Operation(summary = "A run with a page of its lines: ?page=0&size=200 (linesMore says whether more follow)")
  public RunJson run(@PathParam("id") long id, @QueryParam("page") String page, @QueryParam("size") String size) {
    return RunJson.of(runs.shown(id, (int) RequestFields.number(page, 0, 0, Page.MAX_PAGE), (int) RequestFields.number(size, Page.MAX_SIZE, 1, Page.MAX_SIZE)), List.of());
  }

  /** A run as an action leaves it, with its first page of lines (the action itself read and wrote the whole run). */
  private RunJson shown(long id, List<Long> posted) {
    return RunJson.of(runs.shown(id, 0, Page.MAX_SIZE), posted);
  }

  @POST
  @Path("{id: \\d+}/approval")
  @Operation(summary = "A second, different treasurer approves the run (the proposer is refused)")
  public RunJson approve(@PathParam("id") long id) {
    runs.approve(id);
    return shown(id, List.of());
  }

  @POST
  @Path("{id: \\d+}/cancellation")
  @Operation(summary = "Withdraws a run not yet approved; what it held is owed again")
  public RunJson cancel(@PathParam("id") long id) {
    runs.cancel(id);
    return shown(id, List.of());
  }

  @GET
  @Path("{id: \\d+}/transfers.csv")
  @Produces("text/csv; charset=UTF-8")
  @Operation(summary = "The approved run's transfer file: payee, bank, account, account name, amount in baht, reference (UTF-8 with BOM)")
  public Response transferFile(@PathParam("id") long id) {
    return Response.ok(runs.transferFile(id)).header("Content-Disposition", "attachment; filename=\"payout-run-" + id + ".csv\"").build();
  }

  @POST
  @Path("{id: \\d+}/paid")
  @Operation(summary = "The transfers were made: one entry per payee clears her payable against the bank; a run is paid once")
  public RunJson paid(@PathParam("id") long id) {
    List<Long> posted = runs.markPaid(id).stream().map(PostedEntry::id).toList();
    return shown(id, posted);
  }

  /**
   * A page of what is owed; {@code more} says whether another page follows (the list is not
   * counted), and {@code next} is the account code to ask after for it.
   */
  public record OwedPage(List<OwedJson> owed, int page, int size, boolean more, String next) {}

  @GET
  @Path("owed")
  @Operation(summary = "What makers and groups are owed now, since when, and whether past the threshold, by account code a page at a time:"
      + " ?q=<group code or member number, its start>&size=50, then &after=<the answer's next> for each next page (or &page=N, which walks the pages before it)")
  public OwedPage owed(@QueryParam("q") String q, @QueryParam("after") String after, @QueryParam("page") String page, @QueryParam("size") String size) {
    Page<PayeeOwed> owed = runs.owed(q, CodeSeek.of(after, null), (int) RequestFields.number(page, 0, 0, Page.MAX_PAGE),
        (int) RequestFields.number(size, 50, 1, Page.MAX_SIZE));
    return new OwedPage(owed.items().stream().map(OwedJson::of).toList(), owed.page(), owed.size(), owed.hasNext(), PayeeOwed.nextAfter(owed).orElse(null));
  }

  @GET
  @Path("threshold")
  public ThresholdJson threshold() {
    return new ThresholdJson(runs.thresholdDays());
  }

  @PUT
  @Path("threshold")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Days money may be owed before the treasurers' page flags it (ADMIN)")
  public ThresholdJson changeThreshold(ThresholdJson request) {
    return new ThresholdJson(runs.changeThresholdDays(RequestFields.body(request).days()));
  }
}
