package coop.fairshare.payment.web;

import coop.fairshare.payment.Payee;
import coop.fairshare.payment.PayeeAccount;
import coop.fairshare.payment.PayeeView;
import coop.fairshare.payment.Payees;
import coop.fairshare.payment.ThaiBank;
import coop.fairshare.shared.Page;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.SearchedPage;
import coop.fairshare.shared.web.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * Where makers and groups are paid: the details on file (masked), 50 a page, and a form to write
 * them. The payee is chosen from a menu while the network is small, typed (a group's code, a
 * member's number) once it is not: a menu of a million members is no menu.
 */
@Named
@RequestScoped
@RetriedOnDeadlock
public class PayeesPage extends SearchedPage {

  /** Payees a menu lists at most. */
  static final int MENU_PAYEES = 300;
  static final int PAGE_SIZE = 50;

  private static final Map<String, String> INPUTS = Map.of("payee", "details:payee", "method", "details:method", "bank", "details:bank",
      "accountNumber", "details:accountNumber", "accountName", "details:accountName", "promptPayId", "details:promptPayId");

  @EJB
  private Payees payees;

  private String payee;
  private String method = "BANK";
  private String bank;
  private String accountNumber;
  private String accountName;
  private String promptPayId;
  private Page<PayeeView> withDetails;
  private Map<Payee, String> choices;

  public Page<PayeeView> getWithDetails() {
    if (withDetails == null) {
      withDetails = PageActions.call(() -> payees.withDetails(currentPage(), PAGE_SIZE)).orElseGet(() -> new Page<>(List.of(), 0, PAGE_SIZE, 0));
    }
    return withDetails;
  }

  /** Everyone who may be paid, "group-5" → name, while they fit a menu; none beyond. */
  public List<Map.Entry<Payee, String>> getChoices() {
    if (choices == null) {
      choices = payees.choices(MENU_PAYEES);
    }
    return List.copyOf(choices.entrySet());
  }

  /** Whether the treasurer types the payee's code (too many for a menu). */
  public boolean isTyped() {
    return getChoices().isEmpty();
  }

  public List<ThaiBank> getBanks() {
    return List.of(ThaiBank.values());
  }

  public void save() {
    Map<String, String> inputs = new java.util.HashMap<>(INPUTS);
    if (isTyped()) {
      inputs.put("payee", "details:payee-code");
    }
    // a menu's choice is a payee's key ("choose a maker or group" when none); a typed one, a code
    PageActions.call(() -> payees.save(isTyped() ? payees.resolve(payee) : Payee.parse(payee), PayeeAccount.of(method, bank, accountNumber, accountName, promptPayId)), inputs)
        .ifPresent(saved -> {
          Texts.info(null, "payee.saved", saved.name(), saved.where());
          accountNumber = null;
          promptPayId = null;
          withDetails = null;
        });
  }

  /** The payee chosen: her key for the menu; for the typed field, what was typed, or her code when the address named her by key. */
  public String getPayee() {
    if (payee != null && isTyped()) {
      // a key from a link shows as her code; a code as typed stays as typed
      payee = Payee.keyed(payee).map(payees::codeOf).orElse(payee);
    }
    return payee;
  }

  public void setPayee(String payee) {
    this.payee = payee;
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }

  public String getBank() {
    return bank;
  }

  public void setBank(String bank) {
    this.bank = bank;
  }

  public String getAccountNumber() {
    return accountNumber;
  }

  public void setAccountNumber(String accountNumber) {
    this.accountNumber = accountNumber;
  }

  public String getAccountName() {
    return accountName;
  }

  public void setAccountName(String accountName) {
    this.accountName = accountName;
  }

  public String getPromptPayId() {
    return promptPayId;
  }

  public void setPromptPayId(String promptPayId) {
    this.promptPayId = promptPayId;
  }
}
