package coop.fairshare.payment.web;

import coop.fairshare.payment.Payee;
import coop.fairshare.payment.PayeeAccount;
import coop.fairshare.payment.PayeeView;
import coop.fairshare.payment.Payees;
import coop.fairshare.payment.ThaiBank;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.web.PageActions;
import coop.fairshare.shared.web.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** Where makers and groups are paid: the details on file (masked) and a form to write them. */
@Named
@RequestScoped
@RetriedOnDeadlock
public class PayeesPage {

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
  private List<PayeeView> withDetails;
  private Map<Payee, String> names;

  public List<PayeeView> getWithDetails() {
    if (withDetails == null) {
      withDetails = payees.withDetails();
    }
    return withDetails;
  }

  /** Everyone who may be paid, "group-5" → name. */
  public Map<Payee, String> getNames() {
    if (names == null) {
      names = payees.names();
    }
    return names;
  }

  public List<Map.Entry<Payee, String>> getChoices() {
    return List.copyOf(getNames().entrySet());
  }

  public List<ThaiBank> getBanks() {
    return List.of(ThaiBank.values());
  }

  public void save() {
    PageActions.call(() -> payees.save(Payee.parse(payee), PayeeAccount.of(method, bank, accountNumber, accountName, promptPayId)), INPUTS)
        .ifPresent(saved -> {
          Texts.info(null, "payee.saved", saved.name(), saved.where());
          accountNumber = null;
          promptPayId = null;
          withDetails = null;
        });
  }

  public String getPayee() {
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
