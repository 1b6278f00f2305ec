package coop.fairshare.ledger.web;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.ledger.EntrySource;
import coop.fairshare.ledger.JournalPage;
import coop.fairshare.ledger.JournalQuery;
import coop.fairshare.ledger.Ledger;
import coop.fairshare.ledger.LedgerAccount;
import coop.fairshare.shared.web.KeptPage;
import coop.fairshare.shared.web.ShownKey;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The journal, newest first, filtered by account, dates and source. The filters travel in the
 * address (a GET form) so a treasurer can bookmark "this month's welfare postings" or send it on.
 * A filter that cannot be read is explained and left out; the rest still apply.
 */
@Named
@RequestScoped
@RetriedOnDeadlock
@KeptPage.View("/treasurer/journal.xhtml")
public class JournalBrowserPage implements KeptPage {

  /** The whole page shows only its filters and entries (shared/web/KeptPages); a refused filter is drawn afresh. */
  @Override
  public String pageKey() {
    return getShownKey();
  }

  static final int PAGE_SIZE = 25;
  private static final int LAST_PAGE = 100_000;

  @EJB
  private Ledger ledger;

  /** The address she asked with: the page reads its filters itself, so its key can be asked before Faces starts (shared/web/KeptPages). */
  @Inject
  private HttpServletRequest request;

  private String account;
  private String from;
  private String to;
  private String source;
  private JournalPage result;
  private List<LedgerAccount> accounts;
  private LedgerAccount chosenAccount;
  /** Each filter that could not be read, by its field ({@code page} for the page number), with the message that says so. */
  private final Map<String, String> refused = new LinkedHashMap<>();

  /** Reads the filters from the address and the page of entries they choose, once a request. */
  private JournalPage load() {
    if (result != null) {
      return result;
    }
    account = request.getParameter("account");
    from = request.getParameter("from");
    to = request.getParameter("to");
    source = request.getParameter("source");
    String page = request.getParameter("page");
    Long accountId = null;
    if (present(account)) {
      // by its id, not from a list of every account (a million members have theirs)
      chosenAccount = number(account).flatMap(ledger::accountById).orElse(null);
      if (chosenAccount == null) {
        refused.put("account", "ledger.journal.unknownAccount");
        account = null;
      } else {
        accountId = chosenAccount.id();
      }
    }
    LocalDate fromDate = dateFilter(from, "from", "ledger.journal.badFrom");
    LocalDate toDate = dateFilter(to, "to", "ledger.journal.badTo");
    // written back as yyyy-MM-dd: a date input shows nothing else, and the pager links carry it
    from = fromDate == null ? null : fromDate.toString();
    to = toDate == null ? null : toDate.toString();
    if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
      refused.put("from", "ledger.journal.fromAfterTo");
      fromDate = null;
      toDate = null;
      from = null;
      to = null;
    }
    EntrySource chosenSource = null;
    if (present(source)) {
      chosenSource = Arrays.stream(EntrySource.values()).filter(s -> s.name().equals(source.strip())).findFirst().orElse(null);
      if (chosenSource == null) {
        refused.put("source", "ledger.journal.unknownSource");
        source = null;
      }
    }
    int pageNumber = 0;
    if (present(page)) {
      Optional<Long> asked = number(page);
      if (asked.isEmpty() || asked.get() > LAST_PAGE) {
        refused.put("page", "catalog.badPage");
      } else {
        pageNumber = asked.get().intValue();
      }
    }
    result = ledger.journal(new JournalQuery(accountId, fromDate, toDate, chosenSource, pageNumber, PAGE_SIZE));
    return result;
  }

  /** The message saying why the filter of this field was left out, or null: the page shows it beside the field. */
  public String refusal(String field) {
    load();
    return refused.get(field);
  }

  private LocalDate dateFilter(String typed, String field, String problemKey) {
    if (!present(typed)) {
      return null;
    }
    Optional<LocalDate> date = Dates.date(typed);
    if (date.isEmpty()) {
      refused.put(field, problemKey);
    }
    return date.orElse(null);
  }

  private static Optional<Long> number(String typed) {
    try {
      long value = Long.parseLong(typed.strip());
      return value < 0 ? Optional.empty() : Optional.of(value);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  /** The key worked out once a request (shared/web/ShownKey): Faces asks for it three times a view. */
  private final ShownKey partKey = new ShownKey();

  /** The key the page's filters and entries are kept under: what they show (shared/web/DataKey). */
  public String getShownKey() {
    return partKey.of(load(), getAccounts(), chosenAccount, account, from, to, source, refused);
  }

  public JournalPage getResult() {
    return load();
  }

  public List<LedgerAccount> getAccounts() {
    if (accounts == null) {
      // the cooperative's own accounts to choose from, and a member's or group's when it is the one chosen
      load();
      accounts = new java.util.ArrayList<>(ledger.ownAccounts());
      if (chosenAccount != null && accounts.stream().noneMatch(a -> a.id() == chosenAccount.id())) {
        accounts.add(chosenAccount);
      }
    }
    return accounts;
  }

  public List<EntrySource> getSources() {
    return List.of(EntrySource.values());
  }

  /** The account the journal is filtered by, or null. */
  public LedgerAccount getChosenAccount() {
    load();
    return chosenAccount;
  }

  public boolean isFiltered() {
    load();
    return present(account) || present(from) || present(to) || present(source);
  }

  /** The address of another page of the same filtered journal. */
  public String pageLink(int target) {
    load();
    StringBuilder link = new StringBuilder("?page=").append(target);
    append(link, "account", account);
    append(link, "from", from);
    append(link, "to", to);
    append(link, "source", source);
    return link.toString();
  }

  private static void append(StringBuilder link, String name, String value) {
    if (present(value)) {
      link.append('&').append(name).append('=').append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
    }
  }

  public String getAccount() {
    load();
    return account;
  }

  public String getFrom() {
    load();
    return from;
  }

  public String getTo() {
    load();
    return to;
  }

  public String getSource() {
    load();
    return source;
  }
}
