package coop.fairshare.savings.web;

import coop.fairshare.shared.MoneyMethod;
import coop.fairshare.savings.Passbook;
import coop.fairshare.savings.SavingsAccount;
import coop.fairshare.savings.SavingsAccountStatus;
import coop.fairshare.savings.SavingsAccountView;
import coop.fairshare.savings.SavingsAccounts;
import coop.fairshare.savings.SavingsDesk;
import coop.fairshare.savings.SavingsProducts;
import coop.fairshare.savings.SavingsTerms;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.CoopTime;
import coop.fairshare.shared.Money;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One savings account: its passbook with the running balance, the deposit and withdrawal forms (a
 * withdrawal above the product's limit waits for a second treasurer), and freezing, opening again
 * and closing, each after a confirmation step. Every refusal goes beside its field and what was
 * typed stays. The account travels in the address ({@code ?n=SV-000123}); the forms post back to it.
 */
@Named
@RequestScoped
@RetriedOnDeadlock
public class SavingsAccountPage {

  static final String CONFIRM = "confirm";

  @EJB
  private SavingsAccounts accounts;

  @EJB
  private SavingsDesk desk;

  @EJB
  private SavingsProducts products;

  private String n;
  private SavingsAccountView account;
  private Passbook passbook;
  private SavingsTerms terms;
  private PhaseId readIn;
  private String confirming;

  private final MoneyForm deposit = new MoneyForm("deposit");
  private final MoneyForm withdrawal = new MoneyForm("withdraw");
  private final MoneyForm closing = new MoneyForm("closing");

  /** Anything but an existing account's number is simply not found. */
  public void load() throws IOException {
    if (getAccount() == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "savings account");
      faces.responseComplete();
    }
  }

  /** The number from the view parameter, or on a postback (decoded before view parameters reach the bean) from the address. */
  public String getNumber() {
    String raw = n != null ? n : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("n");
    return raw == null ? null : raw.strip();
  }

  public SavingsAccountView getAccount() {
    forgetAfterAction();
    if (account == null && getNumber() != null && SavingsAccount.idOf(getNumber()).isPresent()) {
      try {
        account = accounts.account(getNumber());
      } catch (NotFound e) {
        account = null;
      }
    }
    return account;
  }

  public Passbook getPassbook() {
    forgetAfterAction();
    if (passbook == null && getAccount() != null) {
      passbook = accounts.passbook(getAccount().number());
    }
    return passbook;
  }

  /** The lines in value-date order, as a passbook reads, each with the balance after it. */
  public List<Passbook.Line> getLines() {
    Passbook p = getPassbook();
    return p == null ? List.of() : p.lines();
  }

  public SavingsTerms getTerms() {
    if (terms == null && getAccount() != null) {
      terms = products.product(getAccount().productId()).terms();
    }
    return terms;
  }

  public boolean isOpen() {
    return getAccount() != null && getAccount().status() == SavingsAccountStatus.OPEN;
  }

  public boolean isFrozen() {
    return getAccount() != null && getAccount().status() == SavingsAccountStatus.FROZEN;
  }

  public boolean isClosed() {
    return getAccount() != null && getAccount().status() == SavingsAccountStatus.CLOSED;
  }

  public MoneyMethod[] getMethods() {
    return MoneyMethod.values();
  }

  public void deposit() {
    Optional<Money> amount = deposit.amount();
    Optional<LocalDate> on = deposit.valueDate();
    if (amount.isEmpty() || on.isEmpty()) {
      return;
    }
    String number = getNumber();
    PageActions.call(() -> desk.deposit(number, amount.get(), on.get(), deposit.method(), deposit.receiptNo), deposit.inputs()).ifPresent(t -> {
      Texts.info(null, "savings.page.deposited", t.amount(), t.receiptNo());
      deposit.clear();
    });
    forget();
  }

  public void withdraw() {
    Optional<Money> amount = withdrawal.amount();
    Optional<LocalDate> on = withdrawal.valueDate();
    if (amount.isEmpty() || on.isEmpty()) {
      return;
    }
    String number = getNumber();
    PageActions.call(() -> desk.withdraw(number, amount.get(), on.get(), withdrawal.method(), withdrawal.receiptNo), withdrawal.inputs()).ifPresent(outcome -> {
      if (outcome.isWaiting()) {
        Texts.info(null, "savings.page.withdrawalWaiting", outcome.waiting().amount(), String.valueOf(outcome.waiting().id()));
      } else {
        Texts.info(null, "savings.page.withdrawn", outcome.paid().amount().negated(), outcome.paid().receiptNo());
      }
      withdrawal.clear();
    });
    forget();
  }

  /** The first step of freezing, opening again or closing: the page asks to confirm. */
  public void ask(String what) {
    confirming = what;
  }

  /** Which step waits to be confirmed: set by this request's first click, or carried by the confirming form. */
  public String getConfirming() {
    if (confirming == null) {
      confirming = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(CONFIRM);
    }
    return confirming;
  }

  public void cancel() {
    confirming = "";
  }

  public void freeze() {
    String number = getNumber();
    if (PageActions.attempt(() -> accounts.freeze(number))) {
      Texts.info(null, "savings.page.frozen", number);
    }
    confirming = "";
    forget();
  }

  public void unfreeze() {
    String number = getNumber();
    if (PageActions.attempt(() -> accounts.unfreeze(number))) {
      Texts.info(null, "savings.page.unfrozen", number);
    }
    confirming = "";
    forget();
  }

  /** Pays out the whole balance and closes the account; refused, the confirmation stays open with what was typed. */
  public void close() {
    String number = getNumber();
    Money paidOut = getAccount() == null ? Money.ZERO : getAccount().balance();
    if (PageActions.attempt(() -> desk.close(number, closing.method(), closing.receiptNo), closing.inputs())) {
      Texts.info(null, "savings.page.closed", number, paidOut);
      confirming = "";
      closing.clear();
    }
    forget();
  }

  private void forget() {
    account = null;
    passbook = null;
  }

  /** A postback reads the page to decode its forms; what an action changed must still show when the page is drawn. */
  private void forgetAfterAction() {
    PhaseId now = FacesContext.getCurrentInstance().getCurrentPhaseId();
    if (now != readIn) {
      forget();
      readIn = now;
    }
  }

  public String getN() {
    return n;
  }

  public void setN(String n) {
    this.n = n;
  }

  public MoneyForm getDepositForm() {
    return deposit;
  }

  public MoneyForm getWithdrawalForm() {
    return withdrawal;
  }

  public MoneyForm getClosingForm() {
    return closing;
  }

  /** What a treasurer typed into one money form: kept as typed, read only when the form is sent. */
  public static final class MoneyForm {

    private final String form;
    private String amount;
    private String valueDate = CoopTime.today().toString();
    private String method = MoneyMethod.CASH.name();
    private String receiptNo;

    MoneyForm(String form) {
      this.form = form;
    }

    Map<String, String> inputs() {
      return Map.of("amount", form + ":amount", "valueDate", form + ":valueDate", "receiptNo", form + ":receiptNo", "method", form + ":method");
    }

    /** The amount typed, or empty with the refusal beside the field. */
    Optional<Money> amount() {
      try {
        return Optional.of(Money.parseBaht(amount));
      } catch (BadInput refused) {
        PageActions.refused((BadInput) refused.on("amount"), inputs());
        return Optional.empty();
      }
    }

    Optional<LocalDate> valueDate() {
      if (valueDate == null || valueDate.isBlank()) {
        PageActions.refused(new BadInput("savings.valueDate.required").on("valueDate"), inputs());
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.parse(valueDate.strip()));
      } catch (DateTimeParseException e) {
        PageActions.refused(new BadInput("savings.page.dateInvalid").on("valueDate"), inputs());
        return Optional.empty();
      }
    }

    MoneyMethod method() {
      try {
        return method == null || method.isBlank() ? null : MoneyMethod.valueOf(method);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }

    void clear() {
      amount = null;
      receiptNo = null;
      valueDate = CoopTime.today().toString();
      method = MoneyMethod.CASH.name();
    }

    public String getAmount() {
      return amount;
    }

    public void setAmount(String amount) {
      this.amount = amount;
    }

    public String getValueDate() {
      return valueDate;
    }

    public void setValueDate(String valueDate) {
      this.valueDate = valueDate;
    }

    public String getMethod() {
      return method;
    }

    public void setMethod(String method) {
      this.method = method;
    }

    public String getReceiptNo() {
      return receiptNo;
    }

    public void setReceiptNo(String receiptNo) {
      this.receiptNo = receiptNo;
    }
  }
}
