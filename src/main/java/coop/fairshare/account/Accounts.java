package coop.fairshare.account;

import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.security.PasswordHasher;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Registers shoppers, checks passwords (slowing repeated failures) and says who is calling. */
@Stateless
public class Accounts {

  @PersistenceContext
  private EntityManager em;

  @jakarta.inject.Inject
  private CallerThisRequest thisRequest;

  @Resource
  private SessionContext session;

  private SignInThrottle throttle = SignInThrottle.DEFAULT;

  @PostConstruct
  void readSettings() {
    Config settings = ConfigProvider.getConfig();
    SignInThrottle d = SignInThrottle.DEFAULT;
    throttle = new SignInThrottle(
        settings.getOptionalValue("fairshare.login.freeFailures", Integer.class).orElse(d.freeFailuresPerAccount()),
        settings.getOptionalValue("fairshare.login.freeFailuresPerAddress", Integer.class).orElse(d.freeFailuresPerAddress()),
        Duration.ofMillis(settings.getOptionalValue("fairshare.login.firstDelayMillis", Long.class).orElse(d.firstDelay().toMillis())),
        Duration.ofSeconds(settings.getOptionalValue("fairshare.login.maxDelaySeconds", Long.class).orElse(d.maxDelay().toSeconds())),
        d.forgetAfter());
  }

  /** Anyone may register as a shopper; usernames and e-mail addresses are unique. */
  @PermitAll
  public CallerAccount registerShopper(@Valid NewShopper form) {
    String username = form.username().strip();
    String email = form.email().strip().toLowerCase(Locale.ROOT);
    UserAccount.requireDisplayName(form.displayName());
    PasswordStrength.require(username, form.password());
    if (find(username).isPresent()) {
      throw new BusinessRuleViolation("registration.username.taken").on("username");
    }
    if (!em.createQuery("SELECT a.id FROM UserAccount a WHERE a.email = :e", Long.class).setParameter("e", email).getResultList().isEmpty()) {
      throw new BusinessRuleViolation("registration.email.taken").on("email");
    }
    UserAccount account = UserAccount.shopper(username, PasswordHasher.hash(form.password().toCharArray()), form.displayName(), email);
    em.persist(account);
    em.flush();
    return view(account);
  }

  /**
   * Checks a password, slowing repeated failures (see {@link SignInThrottle}). Every failure costs
   * one password hash and answers the same {@link LoginCheck.Refused}, whether the username exists,
   * the password was wrong or tries from this address are being slowed; while they are, even the
   * right password is refused, and the next try after the delay is judged afresh.
   */
  @PermitAll
  public LoginCheck checkPassword(String username, char[] password, String clientAddress) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    List<String> keys = Stream.of(SignInThrottle.accountKey(name, clientAddress), SignInThrottle.addressKey(clientAddress)).sorted().toList();
    boolean slowed = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM sign_in_failure WHERE throttle_key IN (?, ?) AND blocked_until > NOW(3)")
        .setParameter(1, keys.get(0)).setParameter(2, keys.get(1)).getSingleResult()).longValue() > 0;
    Optional<UserAccount> found = name.isEmpty() ? Optional.empty() : find(name);
    boolean right;
    if (found.isPresent()) {
      right = PasswordHasher.verify(password, found.get().passwordHash());
    } else {
      PasswordHasher.burnTime(password);
      right = false;
    }
    if (right && !slowed) {
      em.createNativeQuery("DELETE FROM sign_in_failure WHERE throttle_key = ?").setParameter(1, SignInThrottle.accountKey(name, clientAddress)).executeUpdate();
      return new LoginCheck.Valid(found.get().username(), found.get().role(), found.get().memberId().orElse(null));
    }
    if (!right) {
      for (String key : keys) {
        countFailure(key, key.equals(SignInThrottle.addressKey(clientAddress)) ? throttle.freeFailuresPerAddress() : throttle.freeFailuresPerAccount());
      }
    }
    return new LoginCheck.Refused();
  }

  /** One more failure under this key; the database's clock, so every instance counts alike. */
  private void countFailure(String key, int free) {
    em.createNativeQuery("INSERT INTO sign_in_failure (throttle_key, failures, last_failure_at) VALUES (?, 1, NOW(3))"
        + " ON DUPLICATE KEY UPDATE failures = IF(last_failure_at < NOW(3) - INTERVAL ? SECOND, 1, failures + 1), last_failure_at = NOW(3)")
        .setParameter(1, key).setParameter(2, throttle.forgetAfter().toSeconds()).executeUpdate();
    int failures = ((Number) em.createNativeQuery("SELECT failures FROM sign_in_failure WHERE throttle_key = ? FOR UPDATE").setParameter(1, key).getSingleResult()).intValue();
    long delayMicros = throttle.delayAfter(failures, free).toNanos() / 1000;
    em.createNativeQuery("UPDATE sign_in_failure SET blocked_until = IF(? > 0, NOW(3) + INTERVAL ? MICROSECOND, NULL) WHERE throttle_key = ?")
        .setParameter(1, delayMicros).setParameter(2, delayMicros).setParameter(3, key).executeUpdate();
    // what nobody tried for a long while is forgotten, a few rows at a time
    em.createNativeQuery("DELETE FROM sign_in_failure WHERE last_failure_at < NOW(3) - INTERVAL ? SECOND LIMIT 20").setParameter(1, throttle.forgetAfter().toSeconds()).executeUpdate();
  }

  /** The signed-in caller. */
  @RolesAllowed({Roles.SHOPPER, Roles.PRODUCER, Roles.TREASURER, Roles.ADMIN, Roles.MEMBER})
  public CallerAccount caller() {
    Principal principal = session.getCallerPrincipal();
    CallerAccount known = thisRequest.named(principal.getName());
    if (known != null) {
      return known;
    }
    // one row read, not the account and then its group, and once a request (CallerThisRequest)
    CallerAccount caller = em.createQuery("SELECT a.id, a.username, a.displayName, a.email, a.role, g.id, a.memberId FROM UserAccount a LEFT JOIN a.group g WHERE a.username = :u", Object[].class)
        .setParameter("u", principal.getName()).getResultStream().findFirst()
        .map(r -> new CallerAccount((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (Role) r[4], (Long) r[5], (Long) r[6]))
        .orElseThrow(() -> new EJBAccessException("no account for the caller"));
    thisRequest.remember(caller);
    return caller;
  }

  Optional<UserAccount> find(String username) {
    return em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :u", UserAccount.class).setParameter("u", username).getResultStream().findFirst();
  }

  static CallerAccount view(UserAccount a) {
    return new CallerAccount(a.id(), a.username(), a.displayName(), a.email(), a.role(), a.group().map(g -> g.id()).orElse(null), a.memberId().orElse(null));
  }
}
