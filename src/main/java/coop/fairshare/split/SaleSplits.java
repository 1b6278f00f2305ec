package coop.fairshare.split;

import coop.fairshare.shared.CoopTime;
import coop.fairshare.catalog.ProductCatalog;
import coop.fairshare.catalog.ProductOrigin;
import coop.fairshare.ledger.JournalEntry;
import coop.fairshare.ledger.Ledger;
import coop.fairshare.ledger.LedgerAccount;
import coop.fairshare.ledger.LedgerAccounts;
import coop.fairshare.ledger.OwnedAccount;
import coop.fairshare.ledger.EntrySource;
import coop.fairshare.ledger.PostedEntry;
import coop.fairshare.ledger.PostingLine;
import coop.fairshare.member.GroupDirectory;
import coop.fairshare.member.MemberName;
import coop.fairshare.member.ProducerGroup;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.NotFound;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Splits a sold line and keeps the split; later posts it to the ledger, once. Called by the shop
 * when an order line is sold and paid (never by a page or the API directly).
 */
@Stateless
@PermitAll
public class SaleSplits {

  @PersistenceContext
  private EntityManager em;

  @EJB
  private SplitRules rules;

  @EJB
  private Ledger ledger;

  @EJB
  private ProductCatalog catalog;

  @EJB
  private GroupDirectory directory;

  private final Clock clock = Clock.systemUTC();

  /** Splits a sold line under the rule in force today; the same sale reference again returns the stored split. */
  public SaleSplit record(String saleRef, long productId, Money amount, Money fee) {
    return record(saleRef, productId, amount, fee, CoopTime.today());
  }

  /** As {@link #record(String, long, Money, Money)} for a sale made on an earlier day (imports, the demo). */
  public SaleSplit record(String saleRef, long productId, Money amount, Money fee, LocalDate soldOn) {
    Optional<SaleSplit> existing = find(saleRef);
    if (existing.isPresent()) {
      return existing.get();
    }
    ProductOrigin product = catalog.origin(productId).orElseThrow(() -> new NotFound("product", productId));
    SplitRule rule = rules.ruleFor(product.groupId(), product.category(), soldOn);
    SplitAllocation allocation = SplitAllocation.of(amount, rule.shares(), fee);
    SaleSplit split = new SaleSplit(saleRef, productId, product.groupId(), product.makerMemberId(), rule.id(), allocation, clock.instant());
    em.persist(split);
    em.flush();
    return split;
  }

  /** The stored splits of these sales (an order's lines), by sale, read at once. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Map<String, SaleSplit> find(Collection<String> saleRefs) {
    if (saleRefs.isEmpty()) {
      return Map.of();
    }
    Map<String, SaleSplit> found = new HashMap<>();
    em.createQuery("SELECT s FROM SaleSplit s WHERE s.saleRef IN :r", SaleSplit.class).setParameter("r", List.copyOf(saleRefs)).getResultList()
        .forEach(split -> found.put(split.saleRef(), split));
    return found;
  }

  public Optional<SaleSplit> find(String saleRef) {
    return em.createQuery("SELECT s FROM SaleSplit s WHERE s.saleRef = :r", SaleSplit.class).setParameter("r", saleRef).getResultStream().findFirst();
  }

  /** Posts a stored split (see {@link #entryOf}); posting twice posts once. */
  public PostedEntry post(String saleRef, String receivedIntoAccountCode) {
    return post(saleRef, receivedIntoAccountCode, CoopTime.today());
  }

  /** Posts on a given day; a day in a closed month is refused by the ledger. */
  public PostedEntry post(String saleRef, String receivedIntoAccountCode, LocalDate on) {
    SaleSplit split = locked(saleRef);
    PostedEntry entry = ledger.post(entryOf(split, receivedIntoAccountCode, on));
    split.markPosted(entry.id(), entry.date());
    return entry;
  }

  /**
   * Posts the stored splits of an order's sold lines, together with the order's own entries (its
   * shipping fee), as one batch: the ledger then locks its balance rows in one ascending sweep,
   * so two orders paid at once never wait on each other in a circle (LockOrder). Posting twice
   * posts once.
   */
  public List<PostedEntry> postAll(List<String> saleRefs, String receivedIntoAccountCode, List<JournalEntry> alongside) {
    LocalDate today = CoopTime.today();
    List<SaleSplit> sold = saleRefs.stream().map(this::locked).toList();
    openInCodeOrder(sold);
    List<JournalEntry> entries = new ArrayList<>();
    sold.forEach(split -> entries.add(entryOf(split, receivedIntoAccountCode, today)));
    entries.addAll(alongside);
    List<PostedEntry> posted = ledger.postAll(entries);
    for (int i = 0; i < sold.size(); i++) {
      sold.get(i).markPosted(posted.get(i).id(), posted.get(i).date());
    }
    return posted;
  }

  private SaleSplit locked(String saleRef) {
    return em.createQuery("SELECT s FROM SaleSplit s WHERE s.saleRef = :r", SaleSplit.class).setParameter("r", saleRef)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElseThrow(() -> new NotFound("sale", saleRef));
  }

  /**
   * The split as a journal entry: the money received (less the fee the payment provider kept) and
   * the fee as the cooperative's expense on the debit side; what is owed to the maker (cash and
   * savings), to the group, and the two funds' shares on the credit side.
   */
  private JournalEntry entryOf(SaleSplit split, String receivedIntoAccountCode, LocalDate on) {
    SplitAllocation a = split.allocation();
    ShareAccounts to = accountsOf(split);
    List<PostingLine> lines = new ArrayList<>();
    add(lines, ledger.account(receivedIntoAccountCode).id(), true, a.amount().minus(a.fee()));
    add(lines, ledger.account(LedgerAccounts.PAYMENT_FEES).id(), true, a.fee());
    add(lines, to.makerCash(), false, a.makerCash());
    add(lines, to.makerSavings(), false, a.makerSavings());
    add(lines, to.group(), false, a.group());
    add(lines, ledger.account(LedgerAccounts.COOP_FUND).id(), false, a.coop());
    add(lines, ledger.account(LedgerAccounts.WELFARE_FUND).id(), false, a.welfare());
    return new JournalEntry(on, "Sale " + split.saleRef(), EntrySource.SALE, split.saleRef(), "sale-split-" + split.saleRef(), null, "system", lines);
  }

  /** Units {@code fromUnits + 1} to {@code toUnits} of a line of {@code ofUnits} sold, given back. */
  public record RefundPart(String saleRef, long fromUnits, long toUnits, long ofUnits) implements java.io.Serializable {}

  /**
   * Takes back the refunded part of each line's posted split (see
   * {@link SplitAllocation#refundedBetween}): every share it credited is debited in the same
   * proportion, and the money is paid back from the account it came into. The payment fee is not
   * given back (Stripe keeps it): it stays the cooperative fund's expense. Posted as one batch with
   * the order's own entries (LockOrder); each part once, keyed by the units refunded so far.
   */
  public List<PostedEntry> postRefunds(List<RefundPart> parts, String paidBackFromAccountCode, String reason, String by, List<JournalEntry> alongside) {
    LocalDate today = CoopTime.today();
    List<JournalEntry> entries = new ArrayList<>();
    for (RefundPart part : parts) {
      SaleSplit split = find(part.saleRef()).orElseThrow(() -> new NotFound("sale", part.saleRef()));
      if (!split.isPosted()) {
        throw new IllegalStateException("sale " + part.saleRef() + " was never posted, so nothing of it can be refunded");
      }
      SplitAllocation back = split.allocation().refundedBetween(part.fromUnits(), part.toUnits(), part.ofUnits());
      ShareAccounts from = accountsOf(split);
      List<PostingLine> lines = new ArrayList<>();
      take(lines, from.makerCash(), back.makerCash());
      take(lines, from.makerSavings(), back.makerSavings());
      take(lines, from.group(), back.group());
      take(lines, ledger.account(LedgerAccounts.COOP_FUND).id(), back.coop());
      take(lines, ledger.account(LedgerAccounts.WELFARE_FUND).id(), back.welfare());
      lines.add(PostingLine.credit(ledger.account(paidBackFromAccountCode).id(), back.amount()));
      em.createNativeQuery("UPDATE sale_split SET refunded_satang = refunded_satang + ? WHERE id = ?").setParameter(1, back.amount().satang())
          .setParameter(2, split.id()).executeUpdate();
      entries.add(new JournalEntry(today, "Refund " + part.saleRef() + " (" + part.toUnits() + " of " + part.ofUnits() + ")" + (reason.isBlank() ? "" : ": " + reason),
          EntrySource.REFUND, part.saleRef(), "sale-refund-" + part.saleRef() + "-" + part.toUnits(), null, by, merged(lines)));
    }
    entries.addAll(alongside);
    return ledger.postAll(entries);
  }

  /** A share taken back is a debit; the rare satang the rounding moves the other way, a credit. */
  private static void take(List<PostingLine> lines, long accountId, Money amount) {
    if (amount.isPositive()) {
      lines.add(PostingLine.debit(accountId, amount));
    } else if (amount.isNegative()) {
      lines.add(PostingLine.credit(accountId, Money.ZERO.minus(amount)));
    }
  }

  /** A maker without a name has one account for cash and savings: one line for it, not two. */
  private static List<PostingLine> merged(List<PostingLine> lines) {
    java.util.Map<String, Money> net = new java.util.LinkedHashMap<>();
    for (PostingLine line : lines) {
      net.merge(String.valueOf(line.accountId()), line.side() == coop.fairshare.ledger.Side.DEBIT ? line.amount() : Money.ZERO.minus(line.amount()), Money::plus);
    }
    List<PostingLine> result = new ArrayList<>();
    net.forEach((account, amount) -> {
      if (amount.isPositive()) {
        result.add(PostingLine.debit(Long.parseLong(account), amount));
      } else if (amount.isNegative()) {
        result.add(PostingLine.credit(Long.parseLong(account), Money.ZERO.minus(amount)));
      }
    });
    return result;
  }

  /** The ledger accounts a sale's shares are owed in: the maker's cash and savings, and her group. */
  private record ShareAccounts(long makerCash, long makerSavings, long group) {}

  /** One account a split's shares are owed in, before it is opened. */
  private record Wanted(OwnedAccount purpose, long ownerId, String ownerCode, String nameTh, String nameEn) {

    String code() {
      return purpose.codeFor(ownerCode);
    }

    LedgerAccount open(Ledger ledger) {
      return ledger.ownedAccount(purpose, ownerId, ownerCode, nameTh, nameEn);
    }
  }

  /** The maker's cash and savings accounts (the group's makers' account when no maker is named), then the group's. */
  private List<Wanted> wanted(SaleSplit split) {
    ProducerGroup group = directory.requireGroup(split.groupId());
    MemberName maker = split.makerMemberId() == null ? null : directory.memberName(split.makerMemberId()).orElseThrow(() -> new NotFound("member", split.makerMemberId()));
    Wanted groupPayable = new Wanted(OwnedAccount.GROUP_PAYABLE, group.id(), group.code(), group.nameTh(), group.nameEn());
    if (maker == null) {
      // no maker named yet: the group holds her share for her until it is paid out
      Wanted makers = new Wanted(OwnedAccount.GROUP_MAKERS_PAYABLE, group.id(), group.code(), group.nameTh(), group.nameEn());
      return List.of(makers, makers, groupPayable);
    }
    return List.of(new Wanted(OwnedAccount.MAKER_PAYABLE, maker.id(), maker.memberNumber(), maker.fullNameTh(), maker.memberNumber()),
        new Wanted(OwnedAccount.MEMBER_SAVINGS, maker.id(), maker.memberNumber(), maker.fullNameTh(), maker.memberNumber()), groupPayable);
  }

  /**
   * Opens the accounts an order's first sales need in the order of their codes (LockOrder): two
   * orders of the same new groups, their lines in any order, never wait for each other's new
   * account codes in a circle (opening one takes its code in the unique index).
   */
  private void openInCodeOrder(List<SaleSplit> sold) {
    java.util.Map<String, Wanted> byCode = new java.util.TreeMap<>();
    sold.forEach(split -> wanted(split).forEach(w -> byCode.putIfAbsent(w.code(), w)));
    byCode.values().forEach(w -> w.open(ledger));
  }

  private ShareAccounts accountsOf(SaleSplit split) {
    List<Wanted> wanted = wanted(split);
    return new ShareAccounts(wanted.get(0).open(ledger).id(), wanted.get(1).open(ledger).id(), wanted.get(2).open(ledger).id());
  }

  private static void add(List<PostingLine> lines, long accountId, boolean debit, Money amount) {
    if (amount.isPositive()) {
      lines.add(debit ? PostingLine.debit(accountId, amount) : PostingLine.credit(accountId, amount));
    }
  }
}
