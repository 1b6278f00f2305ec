package coop.fairshare.account;

import coop.fairshare.member.ProducerGroup;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.BusinessRuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A login. A producer's account belongs to exactly one producer group, and that group is all she
 * may see and change; nobody else belongs to a group. Repeated wrong passwords are slowed by
 * {@link SignInThrottle}, never by locking the account.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
  public static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
  public static final int MAX_DISPLAY_NAME = 120;
  public static final int MAX_EMAIL = 254;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "username", nullable = false, updatable = false)
  private String username;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "email", nullable = false)
  private String email;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, updatable = false)
  private Role role;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "group_id", updatable = false)
  private ProducerGroup group;

  /** The member this login belongs to: a member's own login, or a producer who is a member. */
  @Column(name = "member_id")
  private Long memberId;

  @Column(name = "preferred_lang", nullable = false)
  private String preferredLanguage;

  @Version
  @Column(name = "version")
  private long version;

  protected UserAccount() {}

  private UserAccount(String username, String passwordHash, String displayName, String email, Role role, ProducerGroup group) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new BadInput("registration.username.pattern").on("username");
    }
    if (email == null || email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
      throw new BadInput("registration.email.invalid").on("email");
    }
    requireDisplayName(displayName);
    if ((role == Role.PRODUCER) != (group != null)) {
      throw new BusinessRuleViolation("account.producerGroup");
    }
    this.username = username;
    this.passwordHash = Objects.requireNonNull(passwordHash, "password hash");
    this.displayName = displayName.strip();
    this.email = email.strip().toLowerCase(java.util.Locale.ROOT);
    this.role = Objects.requireNonNull(role, "role");
    this.group = group;
    this.preferredLanguage = "th";
  }

  /**
   * A display name is shown to others on pages and parcels: required, at most
   * {@value #MAX_DISPLAY_NAME} characters, one line without control characters.
   */
  public static void requireDisplayName(String displayName) {
    if (displayName == null || displayName.isBlank()) {
      throw new BadInput("registration.displayName.required").on("displayName");
    }
    if (displayName.strip().length() > MAX_DISPLAY_NAME) {
      throw new BadInput("registration.displayName.size").on("displayName");
    }
    if (displayName.chars().anyMatch(Character::isISOControl)) {
      throw new BadInput("registration.displayName.invalid").on("displayName");
    }
  }

  public static UserAccount shopper(String username, String passwordHash, String displayName, String email) {
    return new UserAccount(username, passwordHash, displayName, email, Role.SHOPPER, null);
  }

  public static UserAccount producer(String username, String passwordHash, String displayName, String email, ProducerGroup group) {
    return new UserAccount(username, passwordHash, displayName, email, Role.PRODUCER, Objects.requireNonNull(group, "group"));
  }

  /** A member's own login: she sees her own record, savings and earnings. */
  public static UserAccount member(String username, String passwordHash, String displayName, String email, long memberId) {
    UserAccount account = new UserAccount(username, passwordHash, displayName, email, Role.MEMBER, null);
    account.memberId = memberId;
    return account;
  }

  /**
   * Links a producer's login to the member she is (of her own group, which the caller checked): she
   * keeps her producer pages and also signs in as that member.
   */
  public void linkToMember(long member) {
    if (role != Role.PRODUCER) {
      throw new BusinessRuleViolation("account.member.notProducer").on("username");
    }
    if (memberId != null) {
      throw new BusinessRuleViolation("account.member.loginLinked").on("username");
    }
    this.memberId = member;
  }

  public static UserAccount staff(String username, String passwordHash, String displayName, String email, Role role) {
    if (role != Role.TREASURER && role != Role.ADMIN) {
      throw new BusinessRuleViolation("account.staffRole");
    }
    return new UserAccount(username, passwordHash, displayName, email, role, null);
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public String displayName() {
    return displayName;
  }

  public String email() {
    return email;
  }

  public Role role() {
    return role;
  }

  public Optional<Long> memberId() {
    return Optional.ofNullable(memberId);
  }

  public Optional<ProducerGroup> group() {
    return Optional.ofNullable(group);
  }
}
