package coop.fairshare.ledger.rest;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.CoopTime;
import coop.fairshare.ledger.AccountBalance;
import coop.fairshare.ledger.AuditDifference;
import coop.fairshare.ledger.AuditRun;
import coop.fairshare.ledger.Ledger;
import coop.fairshare.ledger.LedgerAudit;
import coop.fairshare.ledger.LedgerAudits;
import coop.fairshare.ledger.LedgerPeriod;
import coop.fairshare.ledger.ManualEntries;
import coop.fairshare.ledger.ManualEntryProposal;
import coop.fairshare.ledger.PostedEntry;
import coop.fairshare.ledger.PostingLine;
import coop.fairshare.ledger.Side;
import coop.fairshare.ledger.TrialBalance;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.rest.RequestFields;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The ledger for treasurers' scripts (HTTP Basic). The role is checked before a body is read; what
 * a treasurer may do is decided by the services.
 */
@Path("ledger")
@RolesAllowed({Roles.TREASURER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RetriedOnDeadlock
public class LedgerResource {

  /** An account with its totals. */
  public record BalanceJson(long accountId, String code, String nameTh, String nameEn, String type, long debitSatang, long creditSatang, long balanceSatang) {

    static BalanceJson of(AccountBalance b) {
      return new BalanceJson(b.account().id(), b.account().code(), b.account().nameTh(), b.account().nameEn(), b.account().type().name(),
          b.debits().satang(), b.credits().satang(), b.balance().satang());
    }
  }

  /**
   * The trial balance: without {@code page}, the cooperative's own accounts and one control line
   * ("2xxx-*") for the accounts of members and groups; with it, a page of every account by code
   * ({@code more} when another follows). The totals are the whole books' either way, never a page's.
   */
  public record TrialBalanceJson(List<BalanceJson> accounts, long totalDebitSatang, long totalCreditSatang, boolean balances, Integer page, Integer size,
      Boolean more) {}

  /** A page of the trial balance when none is named. */
  static final int TRIAL_BALANCE_PAGE = 100;

  /** A line as sent or shown: side "D" or "C", amount in satang. */
  public record LineJson(long accountId, String accountCode, String side, long amountSatang) {}

  /** An entry as written. */
  public record EntryJson(long id, LocalDate date, String description, String source, String sourceRef, Long reversesEntryId, Long reversedByEntryId, long totalSatang,
      String createdBy, List<LineJson> lines) {

    static EntryJson of(PostedEntry e) {
      return new EntryJson(e.id(), e.date(), e.description(), e.source().name(), e.sourceRef(), e.reversesEntryId(), e.reversedByEntryId(), e.total().satang(),
          e.createdBy(), e.lines().stream().map(l -> new LineJson(l.account().id(), l.account().code(), l.side().code(), l.amount().satang())).toList());
    }
  }

  /** A line of a proposal: side "D" or "C", amount in satang. */
  public record LineRequest(Long accountId, String side, Long amountSatang) {}

  /** A manual entry proposed for a second treasurer's approval. */
  public record ProposalRequest(LocalDate date, String description, List<LineRequest> lines) {}

  /** A proposal and where it stands. */
  public record ProposalJson(long id, String status, String proposedBy, String decidedBy, Long postedEntryId, long totalSatang) {

    static ProposalJson of(ManualEntryProposal p) {
      return new ProposalJson(p.id(), p.status().name(), p.proposedBy(), p.decidedBy(), p.postedEntryId(), p.total().satang());
    }
  }

  /** Why an entry is reversed. */
  public record ReversalRequest(String reason) {}

  /** Something an audit run found off: an account (balance rows against lines) or an entry (its lines against each other and its total). */
  public record DifferenceJson(String accountCode, Long entryId, Long balanceDebitSatang, Long balanceCreditSatang, long lineDebitSatang, long lineCreditSatang,
      Long entryTotalSatang, Integer lineCount) {

    static DifferenceJson of(AuditDifference d) {
      return new DifferenceJson(d.accountCode(), d.entryId(), satang(d.balanceDebits()), satang(d.balanceCredits()), d.lineDebits().satang(), d.lineCredits().satang(),
          satang(d.entryTotal()), d.lineCount());
    }
  }

  /**
   * An audit run and where it stands; {@code clean} once it is DONE with nothing off. The totals are
   * null until its last step; {@code differences} are the first {@value #DIFFERENCES_SHOWN}.
   */
  public record AuditJson(long id, String state, boolean clean, int percent, int accounts, int accountsChecked, long entries, long entriesChecked, long linesSummed,
      int accountsOff, int entriesOff, Long totalDebitSatang, Long totalCreditSatang, String startedBy, Instant startedAt, Instant finishedAt,
      List<DifferenceJson> differences) {

    static AuditJson of(AuditRun r, List<AuditDifference> differences) {
      return new AuditJson(r.id(), r.state().name(), r.clean(), r.percent(), r.accounts(), r.accountsChecked(), r.entries(), r.entriesChecked(), r.linesSummed(),
          r.accountsOff(), r.entriesOff(), satang(r.totalDebits()), satang(r.totalCredits()), r.startedBy(), r.startedAt(), r.finishedAt(),
          differences.stream().map(DifferenceJson::of).toList());
    }
  }

  static final int DIFFERENCES_SHOWN = 100;

  private static Long satang(Money m) {
    return m == null ? null : m.satang();
  }

  @EJB
  private Ledger ledger;

  @EJB
  private LedgerAudits audits;

  @Context
  private UriInfo uri;

  @EJB
  private ManualEntries manual;

  @GET
  @Path("trial-balance")
  @Operation(summary = "The cooperative's own accounts and one line for members' and groups' accounts (2xxx-*); with ?page=0&size=100 (size up to 500)"
      + " every account a page at a time. The totals are the whole books' (TREASURER, ADMIN)")
  public TrialBalanceJson trialBalance(@jakarta.ws.rs.QueryParam("page") String page, @jakarta.ws.rs.QueryParam("size") String size) {
    // a million members' accounts are never listed at once: the summary, or a page of them
    TrialBalance trial = ledger.trialBalanceSummary();
    if ((page == null || page.isBlank()) && (size == null || size.isBlank())) {
      return new TrialBalanceJson(trial.accounts().stream().map(BalanceJson::of).toList(), trial.totalDebits().satang(), trial.totalCredits().satang(), trial.balances(),
          null, null, null);
    }
    int pageNumber = (int) field("page", () -> RequestFields.number(page, 0, 0, coop.fairshare.shared.Page.MAX_PAGE));
    int pageSize = (int) field("size", () -> RequestFields.number(size, TRIAL_BALANCE_PAGE, 1, Ledger.MAX_TRIAL_BALANCE_PAGE));
    List<AccountBalance> found = ledger.trialBalancePage(pageNumber, pageSize);
    boolean more = found.size() > pageSize;
    return new TrialBalanceJson((more ? found.subList(0, pageSize) : found).stream().map(BalanceJson::of).toList(), trial.totalDebits().satang(),
        trial.totalCredits().satang(), trial.balances(), pageNumber, pageSize, more);
  }

  /** A query parameter read, its refusal named after it. */
  private static long field(String name, java.util.function.LongSupplier read) {
    try {
      return read.getAsLong();
    } catch (BadInput refused) {
      throw refused.on(name);
    }
  }

  /** A month's closing balance. */
  public record MonthEndJson(String month, long balanceSatang) {}

  @GET
  @Path("accounts/{code}/month-ends")
  @Operation(summary = "An account's balance at the end of each of the last months (default 12)")
  public List<MonthEndJson> monthEnds(@PathParam("code") String code, @jakarta.ws.rs.QueryParam("months") String months) {
    return ledger.monthEndBalances(code, (int) RequestFields.number(months, 12, 1, 120)).stream().map(m -> new MonthEndJson(m.month().toString(), m.balance().satang())).toList();
  }

  @GET
  @Path("audit")
  @Operation(summary = "Proves the whole books at once, in this request (its time grows with the journal: for scripts and small books; "
      + "on big books start a run with POST /api/ledger/audits)")
  public LedgerAudit.Findings audit() {
    return ledger.audit();
  }

  @POST
  @Path("audits")
  @Operation(summary = "Starts an audit run in the background (202, Location of the run); while one runs, answers that one")
  public Response startAudit() {
    AuditRun run = audits.start();
    return Response.accepted(AuditJson.of(run, audits.differences(run.id(), DIFFERENCES_SHOWN)))
        .location(uri.getBaseUriBuilder().path(LedgerResource.class).path("audits/{id}").build(run.id())).build();
  }

  @GET
  @Path("audits/latest")
  @Operation(summary = "The newest audit run, running or done, with its progress and what it found")
  public AuditJson latestAudit() {
    AuditRun run = audits.latest().orElseThrow(() -> new NotFound("ledgerAudit", "latest"));
    return AuditJson.of(run, audits.differences(run.id(), DIFFERENCES_SHOWN));
  }

  @GET
  @Path("audits/{id: \\d+}")
  @Operation(summary = "An audit run, with its progress and what it found")
  public AuditJson auditRun(@PathParam("id") long id) {
    AuditRun run = audits.run(id);
    return AuditJson.of(run, audits.differences(id, DIFFERENCES_SHOWN));
  }

  @GET
  @Path("entries/{id}")
  public EntryJson entry(@PathParam("id") long id) {
    return ledger.entry(id).map(EntryJson::of).orElseThrow(() -> new NotFound("entry", id));
  }

  @POST
  @Path("entries/{id}/reversal")
  @Operation(summary = "Posts the reversal of an entry (once)")
  public EntryJson reverse(@PathParam("id") long id, ReversalRequest request) {
    return EntryJson.of(ledger.reverse(id, request == null ? null : request.reason()));
  }

  @GET
  @Path("periods")
  public List<LedgerPeriod> periods() {
    return ledger.periods();
  }

  @POST
  @Path("periods/{month}/close")
  @Operation(summary = "Closes a month (yyyy-MM): postings dated in it are refused from then on")
  public LedgerPeriod close(@PathParam("month") String month) {
    try {
      return ledger.closePeriod(YearMonth.parse(month));
    } catch (DateTimeParseException e) {
      throw new BadInput("ledger.month.invalid").on("month");
    }
  }

  @POST
  @Path("proposals")
  @Operation(summary = "Proposes a manual entry; a second, different treasurer must approve it")
  public ProposalJson propose(ProposalRequest request) {
    RequestFields.elements(RequestFields.body(request).lines(), "lines");
    List<PostingLine> lines = request.lines().stream().map(l -> new PostingLine(RequestFields.required(l.accountId(), "lines[].accountId"),
        Side.of(RequestFields.required(l.side(), "lines[].side").toUpperCase(Locale.ROOT)), Money.ofSatang(RequestFields.required(l.amountSatang(), "lines[].amountSatang"))))
        .toList();
    return ProposalJson.of(manual.propose(request.date() == null ? CoopTime.today() : request.date(), request.description(), lines));
  }

  @POST
  @Path("proposals/{id}/approve")
  public EntryJson approve(@PathParam("id") long id) {
    return EntryJson.of(manual.approve(id));
  }

  @POST
  @Path("proposals/{id}/reject")
  public ProposalJson reject(@PathParam("id") long id) {
    return ProposalJson.of(manual.reject(id));
  }
}
