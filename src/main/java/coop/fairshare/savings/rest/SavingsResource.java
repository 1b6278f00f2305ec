package coop.fairshare.savings.rest;

import coop.fairshare.shared.MoneyMethod;
import coop.fairshare.savings.ArrearsLine;
import coop.fairshare.savings.InterestPosting;
import coop.fairshare.savings.Passbook;
import coop.fairshare.savings.SavingsAccount;
import coop.fairshare.savings.SavingsAccountView;
import coop.fairshare.savings.SavingsAccounts;
import coop.fairshare.savings.SavingsCsv;
import coop.fairshare.savings.SavingsDesk;
import coop.fairshare.savings.SavingsKind;
import coop.fairshare.savings.SavingsProduct;
import coop.fairshare.savings.SavingsProducts;
import coop.fairshare.savings.SavingsTerms;
import coop.fairshare.savings.SavingsTransaction;
import coop.fairshare.savings.WithdrawalOutcome;
import coop.fairshare.savings.WithdrawalProposal;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.Money;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Savings for scripts: products (an ADMIN defines them), accounts, deposits and withdrawals (above
 * a product's limit a second treasurer approves). Amounts sent are baht strings with two decimals;
 * amounts answered are satang integers.
 */
@Path("savings")
@RolesAllowed({Roles.TREASURER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RetriedOnDeadlock
public class SavingsResource {

  static final String CSV = "text/csv; charset=UTF-8";

  public record ProductRequest(String nameTh, String nameEn, String kind, String monthlyAmount, Integer annualRateBasisPoints, String minimumBalance,
      String approvalAbove, String interestPosting) {}

  public record ProductJson(long id, String nameTh, String nameEn, String kind, String monthlyAmount, int annualRateBasisPoints, String minimumBalance,
      String approvalAbove, String interestPosting, boolean fromSales, long monthlyAmountSatang, long minimumBalanceSatang, long approvalAboveSatang) {

    static ProductJson of(SavingsProduct p) {
      SavingsTerms t = p.terms();
      return new ProductJson(p.id(), p.nameTh(), p.nameEn(), t.kind().name(), t.monthlyAmount().toBaht().toPlainString(), t.annualRateBp(),
          t.minimumBalance().toBaht().toPlainString(), t.approvalAbove().toBaht().toPlainString(), t.posting().name(), p.isFromSales(),
          t.monthlyAmount().satang(), t.minimumBalance().satang(), t.approvalAbove().satang());
    }
  }

  public record AccountRequest(String memberNumber, Long productId, String openedOn) {}

  public record TransactionJson(LocalDate valueDate, String kind, long amountSatang, long balanceSatang, String reference) {}

  public record AccountJson(String number, String memberNumber, String memberNameTh, long groupId, long productId, String productNameTh, String productNameEn,
      String status, LocalDate openedOn, LocalDate closedOn, long balanceSatang, List<TransactionJson> transactions) {

    static AccountJson of(SavingsAccountView a, Passbook passbook) {
      return new AccountJson(a.number(), a.memberNumber(), a.memberNameTh(), a.groupId(), a.productId(), a.productNameTh(), a.productNameEn(), a.status().name(),
          a.openedOn(), a.closedOn(), a.balance().satang(), passbook == null ? null
              : passbook.lines().stream().map(l -> new TransactionJson(l.valueDate(), l.kind().name(), l.amount().satang(), l.balance().satang(), l.reference())).toList());
    }
  }

  public record MoneyRequest(String amount, String valueDate, String receiptNo, String method) {}

  public record ClosingRequest(String receiptNo, String method) {}

  public record TransactionDone(long id, String accountNumber, String kind, long amountSatang, LocalDate valueDate, String receiptNo, String method) {

    static TransactionDone of(SavingsTransaction t) {
      return new TransactionDone(t.id(), SavingsAccount.numberOf(t.accountId()), t.kind().name(), t.amount().satang(), t.valueDate(), t.receiptNo(),
          t.method() == null ? null : t.method().name());
    }
  }

  public record ProposalJson(long id, String accountNumber, long amountSatang, LocalDate valueDate, String receiptNo, String method, String status,
      String proposedBy, String decidedBy) {

    static ProposalJson of(WithdrawalProposal p) {
      return new ProposalJson(p.id(), SavingsAccount.numberOf(p.accountId()), p.amount().satang(), p.valueDate(), p.receiptNo(), p.method().name(),
          p.status().name(), p.proposedBy(), p.decidedBy());
    }
  }

  /** A withdrawal paid out now ({@code "PAID"}, with the transaction) or waiting for a second treasurer ({@code "WAITING_FOR_APPROVAL"}, with the proposal). */
  public record WithdrawalJson(String outcome, TransactionDone transaction, ProposalJson proposal) {

    static WithdrawalJson of(WithdrawalOutcome o) {
      return o.isWaiting() ? new WithdrawalJson("WAITING_FOR_APPROVAL", null, ProposalJson.of(o.waiting()))
          : new WithdrawalJson("PAID", TransactionDone.of(o.paid()), null);
    }
  }

  @EJB
  private SavingsProducts products;

  @EJB
  private SavingsAccounts accounts;

  @EJB
  private SavingsDesk desk;

  @jakarta.inject.Inject
  private coop.fairshare.savings.PassbookPdf pdf;

  @jakarta.ws.rs.core.Context
  private jakarta.ws.rs.core.HttpHeaders headers;

  @GET
  @Path("products")
  public List<ProductJson> products() {
    return products.products().stream().map(ProductJson::of).toList();
  }

  @POST
  @Path("products")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Defines a savings product (ADMIN): voluntary or a fixed amount each month, rate in basis points, minimum balance, second-approval limit, posting")
  public Response defineProduct(ProductRequest request) {
    ProductRequest r = RequestFields.body(request);
    SavingsProduct product = products.define(r.nameTh(), r.nameEn(), terms(r));
    return Response.status(Response.Status.CREATED).entity(ProductJson.of(product)).build();
  }

  @PUT
  @Path("products/{id: \\d+}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Changes a product's names and terms from now on (ADMIN)")
  public ProductJson changeProduct(@PathParam("id") long id, ProductRequest request) {
    ProductRequest r = RequestFields.body(request);
    return ProductJson.of(products.change(id, r.nameTh(), r.nameEn(), terms(r)));
  }

  private static SavingsTerms terms(ProductRequest r) {
    SavingsKind kind = RequestFields.oneOf(SavingsKind.class, r.kind(), "kind");
    Money monthly = r.monthlyAmount() == null || r.monthlyAmount().isBlank() ? Money.ZERO : RequestFields.baht(r.monthlyAmount(), "monthlyAmount");
    int rate = RequestFields.required(r.annualRateBasisPoints(), "annualRateBasisPoints");
    Money minimum = r.minimumBalance() == null || r.minimumBalance().isBlank() ? Money.ZERO : RequestFields.baht(r.minimumBalance(), "minimumBalance");
    Money approval = RequestFields.baht(r.approvalAbove(), "approvalAbove");
    InterestPosting posting = RequestFields.oneOf(InterestPosting.class, r.interestPosting(), "interestPosting");
    return new SavingsTerms(kind, monthly, rate, minimum, approval, posting);
  }

  @POST
  @Path("accounts")
  @Operation(summary = "Opens a member's account in a product, today or on an earlier day (an account brought in from paper)")
  public Response open(AccountRequest request) {
    AccountRequest r = RequestFields.body(request);
    SavingsAccount account = accounts.open(RequestFields.required(r.memberNumber(), "memberNumber"), RequestFields.required(r.productId(), "productId"),
        RequestFields.date(r.openedOn(), "openedOn"));
    return Response.status(Response.Status.CREATED).entity(AccountJson.of(accounts.account(account.number()), null)).build();
  }

  @GET
  @Path("my/accounts")
  @RolesAllowed(Roles.MEMBER)
  @Operation(summary = "The signed-in member's own savings accounts with their balances (MEMBER)")
  public List<AccountJson> mine() {
    return accounts.mine().stream().map(a -> AccountJson.of(a, null)).toList();
  }

  @GET
  @Path("accounts/{number}")
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN, Roles.MEMBER})
  @Operation(summary = "An account, its balance and every movement with the balance after it, in value-date order; a member only her own")
  public AccountJson account(@PathParam("number") String number) {
    return AccountJson.of(accounts.account(number), accounts.passbook(number));
  }

  @GET
  @Path("accounts/{number}/passbook.pdf")
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN, Roles.MEMBER})
  @Produces("application/pdf")
  @Operation(summary = "The account's passbook as a PDF (A4, Thai, Buddhist-era dates); in English with ?lang=en or Accept-Language: en")
  public Response passbook(@PathParam("number") String number, @jakarta.ws.rs.QueryParam("lang") String lang) {
    // the page's own language when a page links here (?lang=en), else what the client accepts
    java.util.Locale locale = "en".equals(lang) || "th".equals(lang) ? java.util.Locale.forLanguageTag(lang) : headers.getAcceptableLanguages().stream().filter(l -> l.getLanguage().equals("en") || l.getLanguage().equals("th")).findFirst()
        .orElse(java.util.Locale.forLanguageTag("th"));
    byte[] bytes = pdf.render(accounts.passbook(number), locale);
    return Response.ok(bytes, "application/pdf").header("Content-Disposition", "attachment; filename=\"passbook-" + number.replaceAll("[^A-Za-z0-9-]", "") + ".pdf\"").build();
  }

  @GET
  @Path("groups/{groupId: \\d+}/accounts")
  @Operation(summary = "Every savings account of a group's members with its balance")
  public List<AccountJson> ofGroup(@PathParam("groupId") long groupId) {
    return accounts.ofGroup(groupId).stream().map(a -> AccountJson.of(a, null)).toList();
  }

  @POST
  @Path("accounts/{number}/deposits")
  @Operation(summary = "Cash or a transfer in; receipt numbers are unique; the value date is today or earlier in an open month")
  public Response deposit(@PathParam("number") String number, MoneyRequest request) {
    MoneyRequest r = RequestFields.body(request);
    SavingsTransaction t = desk.deposit(number, RequestFields.baht(r.amount(), "amount"), RequestFields.date(r.valueDate(), "valueDate"), method(r.method()),
        r.receiptNo());
    return Response.status(Response.Status.CREATED).entity(TransactionDone.of(t)).build();
  }

  @POST
  @Path("accounts/{number}/withdrawals")
  @Operation(summary = "Money out, at most the balance less the minimum; above the product's limit it waits (202) for a second treasurer's approval")
  public Response withdraw(@PathParam("number") String number, MoneyRequest request) {
    MoneyRequest r = RequestFields.body(request);
    WithdrawalOutcome outcome = desk.withdraw(number, RequestFields.baht(r.amount(), "amount"), RequestFields.date(r.valueDate(), "valueDate"), method(r.method()),
        r.receiptNo());
    return Response.status(outcome.isWaiting() ? Response.Status.ACCEPTED : Response.Status.CREATED).entity(WithdrawalJson.of(outcome)).build();
  }

  @POST
  @Path("accounts/{number}/closing")
  @Operation(summary = "Closes the account, paying out its whole balance")
  public AccountJson close(@PathParam("number") String number, ClosingRequest request) {
    ClosingRequest r = request == null ? new ClosingRequest(null, null) : request;
    desk.close(number, r.method() == null ? null : method(r.method()), r.receiptNo());
    return AccountJson.of(accounts.account(number), null);
  }

  @POST
  @Path("accounts/{number}/freeze")
  public AccountJson freeze(@PathParam("number") String number) {
    accounts.freeze(number);
    return AccountJson.of(accounts.account(number), null);
  }

  @POST
  @Path("accounts/{number}/unfreeze")
  public AccountJson unfreeze(@PathParam("number") String number) {
    accounts.unfreeze(number);
    return AccountJson.of(accounts.account(number), null);
  }

  @GET
  @Path("withdrawal-proposals")
  @Operation(summary = "Withdrawals waiting for a second treasurer")
  public List<ProposalJson> waiting() {
    return desk.waiting().stream().map(ProposalJson::of).toList();
  }

  @POST
  @Path("withdrawal-proposals/{id: \\d+}/approval")
  @Operation(summary = "A second, different treasurer approves and the money is paid out (the proposer is refused)")
  public WithdrawalJson approve(@PathParam("id") long id) {
    return WithdrawalJson.of(desk.approve(id));
  }

  @POST
  @Path("withdrawal-proposals/{id: \\d+}/rejection")
  public ProposalJson reject(@PathParam("id") long id) {
    return ProposalJson.of(desk.reject(id));
  }

  /** One member behind on her monthly promise. */
  public record ArrearsJson(String accountNumber, String memberNumber, String memberNameTh, long productId, String productNameTh, String productNameEn,
      long monthlyAmountSatang, String openedIn, int monthsDue, long expectedSatang, long paidSatang, long missingSatang, int monthsBehind) {

    static ArrearsJson of(ArrearsLine l) {
      var a = l.arrears();
      return new ArrearsJson(l.accountNumber(), l.memberNumber(), l.memberNameTh(), l.productId(), l.productNameTh(), l.productNameEn(),
          l.promise().monthly().satang(), l.promise().from().toString(), a.monthsDue(), a.expected().satang(), a.paid().satang(), a.missing().satang(),
          a.monthsBehind());
    }
  }

  @GET
  @Path("groups/{groupId: \\d+}/arrears")
  @Operation(summary = "A group's members behind on compulsory monthly savings up to a month (yyyy-MM, this month when left out): months and amount missing")
  public List<ArrearsJson> arrears(@PathParam("groupId") long groupId, @QueryParam("upTo") String upTo) {
    return accounts.arrears(groupId, month(upTo)).stream().map(ArrearsJson::of).toList();
  }

  @GET
  @Path("groups/{groupId: \\d+}/accounts.csv")
  @Produces(CSV)
  @Operation(summary = "A group's savings accounts as CSV (UTF-8 with a BOM, for Excel)")
  public Response accountsCsv(@PathParam("groupId") long groupId) {
    return csv(SavingsCsv.accounts(accounts.ofGroup(groupId)), "savings-accounts-group-" + groupId + ".csv");
  }

  @GET
  @Path("groups/{groupId: \\d+}/transactions.csv")
  @Produces(CSV)
  @Operation(summary = "Every movement of a group's savings accounts as CSV (UTF-8 with a BOM), with the balance after each")
  public Response groupTransactionsCsv(@PathParam("groupId") long groupId) {
    return csv(SavingsCsv.transactions(accounts.passbooksOfGroup(groupId)), "savings-transactions-group-" + groupId + ".csv");
  }

  @GET
  @Path("accounts/{number}/transactions.csv")
  @Produces(CSV)
  @Operation(summary = "An account's movements as CSV (UTF-8 with a BOM), with the balance after each")
  public Response transactionsCsv(@PathParam("number") String number) {
    Passbook passbook = accounts.passbook(number);
    return csv(SavingsCsv.transactions(List.of(passbook)), "savings-transactions-" + passbook.accountNumber() + ".csv");
  }

  private static Response csv(byte[] file, String name) {
    return Response.ok(file).type(CSV).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
  }

  private static YearMonth month(String raw) {
    if (raw == null || raw.isBlank()) {
      return YearMonth.from(CoopTime.today());
    }
    try {
      return YearMonth.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw new BadInput("savings.arrears.monthInvalid").on("upTo");
    }
  }

  private static MoneyMethod method(String raw) {
    return raw == null || raw.isBlank() ? MoneyMethod.CASH : RequestFields.oneOf(MoneyMethod.class, raw, "method");
  }
}
