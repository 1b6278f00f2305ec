package coop.fairshare.welfare;

import coop.fairshare.account.UserAccount;
import coop.fairshare.payment.PaymentMethod;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Optional;

/**
 * A gift to the welfare fund through the shop. Anyone may give (no account needed): between
 * {@link #SMALLEST} and {@link #LARGEST}, an e-mail for the receipt, a name or none (anonymous), a
 * message. It waits for its payment; when the money arrives it is received once, with its receipt
 * number and the ledger entry that put it in the fund. The donor reaches it again only through her
 * secret link.
 */
@Entity
@Table(name = "welfare_donation")
public class Donation {

  /** The payment reference's prefix: "DON-" and the row's id; the payment area passes it back untouched. */
  public static final String REFERENCE_PREFIX = "DON-";
  /** Less than this costs the fund more in card fees than it brings. */
  public static final Money SMALLEST = Money.ofBaht(20);
  /** A larger gift is arranged with the treasurer (a transfer), not through a card form. */
  public static final Money LARGEST = Money.ofBaht(200_000);
  static final int MAX_NAME = 100;
  static final int MAX_MESSAGE = 300;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "access_token", nullable = false, updatable = false)
  private String accessToken;

  @Column(name = "amount_satang", nullable = false, updatable = false)
  private Money amount;

  @Column(name = "donor_name", updatable = false)
  private String donorName;

  @Column(name = "email", nullable = false, updatable = false)
  private String email;

  @Column(name = "message", updatable = false)
  private String message;

  @Enumerated(EnumType.STRING)
  @Column(name = "method", nullable = false, updatable = false)
  private PaymentMethod method;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private DonationState state;

  @Column(name = "receipt_no")
  private String receiptNo;

  @Column(name = "journal_entry_id")
  private Long journalEntryId;

  @Column(name = "payment_reference")
  private String paymentReference;

  @Column(name = "pledged_at", nullable = false, updatable = false)
  private Instant pledgedAt;

  @Column(name = "received_at")
  private Instant receivedAt;

  @Version
  @Column(name = "version")
  private long version;

  protected Donation() {}

  /**
   * A gift as the donor typed it; each refusal names its field. A blank name is an anonymous gift.
   * It is paid through Stripe (its webhook says when the money arrived) or by the cooperative's own
   * PromptPay QR (a treasurer confirms the donor's slip); a plain bank transfer is not taken here.
   */
  Donation(Money amount, String donorName, String email, String message, PaymentMethod method, String accessToken, Instant at) {
    if (amount == null) {
      throw new BadInput("money.required").on("amount");
    }
    if (amount.compareTo(SMALLEST) < 0) {
      throw new BadInput("welfare.donation.amount.tooSmall", SMALLEST).on("amount");
    }
    if (amount.compareTo(LARGEST) > 0) {
      throw new BadInput("welfare.donation.amount.tooLarge", LARGEST).on("amount");
    }
    String mail = email == null ? "" : email.strip();
    if (mail.length() > UserAccount.MAX_EMAIL || !UserAccount.EMAIL.matcher(mail).matches()) {
      throw new BadInput("welfare.donation.email.invalid").on("email");
    }
    String name = donorName == null ? "" : donorName.strip();
    if (name.length() > MAX_NAME) {
      throw new BadInput("welfare.donation.name.tooLong", MAX_NAME).on("donorName");
    }
    String words = message == null ? "" : message.strip();
    if (words.length() > MAX_MESSAGE) {
      throw new BadInput("welfare.donation.message.tooLong", MAX_MESSAGE).on("message");
    }
    if (method == null || !(method.viaStripe() || method == PaymentMethod.PROMPTPAY_QR)) {
      throw new BadInput("welfare.donation.method.unavailable").on("method");
    }
    this.amount = amount;
    this.donorName = name.isEmpty() ? null : name;
    this.email = mail;
    this.message = words.isEmpty() ? null : words;
    this.method = method;
    this.accessToken = accessToken;
    this.state = DonationState.WAITING_PAYMENT;
    this.pledgedAt = at;
  }

  /** The money arrived: the receipt is issued and the fund's entry named. Only once. */
  void received(String receipt, long entryId, String payment, Instant at) {
    if (state != DonationState.WAITING_PAYMENT) {
      throw new BusinessRuleViolation("welfare.donation.received");
    }
    this.state = DonationState.RECEIVED;
    this.receiptNo = receipt;
    this.journalEntryId = entryId;
    this.paymentReference = payment;
    this.receivedAt = at;
  }

  /** Paid by the cooperative's own PromptPay QR, confirmed by a treasurer from the donor's slip. */
  public boolean paidBySlip() {
    return method == PaymentMethod.PROMPTPAY_QR;
  }

  /** Whether this is the secret the donor's link carries (compared in constant time). */
  boolean opensWith(String token) {
    return token != null && MessageDigest.isEqual(accessToken.getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
  }

  /** The reference its payment carries: DON- and the row's id. */
  public String reference() {
    return REFERENCE_PREFIX + id;
  }

  /** The row's id in a payment reference, if it is one of the fund's. */
  static Optional<Long> idOf(String reference) {
    if (reference == null || !reference.startsWith(REFERENCE_PREFIX) || !reference.substring(REFERENCE_PREFIX.length()).matches("\\d{1,18}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(reference.substring(REFERENCE_PREFIX.length())));
  }

  public long id() {
    return id;
  }

  public String accessToken() {
    return accessToken;
  }

  public Money amount() {
    return amount;
  }

  /** Empty for an anonymous gift. */
  public Optional<String> donorName() {
    return Optional.ofNullable(donorName);
  }

  public String email() {
    return email;
  }

  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  public PaymentMethod method() {
    return method;
  }

  public DonationState state() {
    return state;
  }

  public boolean isReceived() {
    return state == DonationState.RECEIVED;
  }

  public Optional<String> receiptNo() {
    return Optional.ofNullable(receiptNo);
  }

  public Optional<Long> journalEntryId() {
    return Optional.ofNullable(journalEntryId);
  }

  public Optional<String> paymentReference() {
    return Optional.ofNullable(paymentReference);
  }

  public Instant pledgedAt() {
    return pledgedAt;
  }

  public Optional<Instant> receivedAt() {
    return Optional.ofNullable(receivedAt);
  }
}
