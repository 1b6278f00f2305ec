package coop.fairshare.account;

import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.security.PasswordHasher;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** Registers shoppers, checks passwords (with the lock after repeated failures) and says who is calling. */
@Stateless
public class Accounts {

  @PersistenceContext
  private EntityManager em;

  @Resource
  private SessionContext session;

  private final Clock clock = Clock.systemUTC();

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
   * Checks a password under a row lock, so concurrent wrong guesses on one account all count, and
   * records the outcome. A locked account is refused without looking at the password.
   */
  @PermitAll
  public LoginCheck checkPassword(String username, char[] password) {
    Instant now = clock.instant();
    Optional<UserAccount> found = username == null ? Optional.empty()
        : em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :u", UserAccount.class)
            .setParameter("u", username.strip().toLowerCase(Locale.ROOT))
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst();
    if (found.isEmpty()) {
      PasswordHasher.burnTime(password);
      return new LoginCheck.WrongCredentials();
    }
    UserAccount account = found.get();
    if (account.isLocked(now)) {
      return new LoginCheck.Locked(account.lockedUntil().orElse(now));
    }
    if (PasswordHasher.verify(password, account.passwordHash())) {
      account.recordSuccessfulLogin();
      return new LoginCheck.Valid(account.username(), account.role());
    }
    account.recordFailedLogin(now);
    return account.isLocked(now) ? new LoginCheck.Locked(account.lockedUntil().orElse(now)) : new LoginCheck.WrongCredentials();
  }

  @PermitAll
  public boolean isLocked(String username) {
    return username != null && find(username.strip().toLowerCase(Locale.ROOT)).map(a -> a.isLocked(clock.instant())).orElse(false);
  }

  /** The signed-in caller. */
  @RolesAllowed({Roles.SHOPPER, Roles.PRODUCER, Roles.TREASURER, Roles.ADMIN})
  public CallerAccount caller() {
    Principal principal = session.getCallerPrincipal();
    return find(principal.getName()).map(Accounts::view).orElseThrow(() -> new EJBAccessException("no account for the caller"));
  }

  private Optional<UserAccount> find(String username) {
    return em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :u", UserAccount.class).setParameter("u", username).getResultStream().findFirst();
  }

  private static CallerAccount view(UserAccount a) {
    return new CallerAccount(a.id(), a.username(), a.displayName(), a.email(), a.role(), a.group().map(g -> g.id()).orElse(null));
  }
}
