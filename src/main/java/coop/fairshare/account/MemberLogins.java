package coop.fairshare.account;

import coop.fairshare.member.Member;
import coop.fairshare.member.Members;
import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.security.PasswordHasher;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Members who sign in. A treasurer makes a member her own login (role MEMBER), or links the login
 * of a producer who is that member (of the same group), who then signs in as PRODUCER and MEMBER.
 * A login belongs to one member at most and a member has one login at most.
 */
@Stateless
public class MemberLogins {

  /** Letters and digits nobody mixes up when a treasurer reads them out (no 0/o, 1/l/i). */
  private static final String READABLE = "abcdefghjkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext
  private EntityManager em;

  @EJB
  private Members members;

  /**
   * A member's own login. With no password typed, the app makes one (three groups of four, about 69
   * bits) and answers it this once.
   */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public MemberLogin create(String memberNumber, NewMemberLogin form) {
    if (form == null) {
      throw new BadInput("error.bodyRequired");
    }
    Member member = current(memberNumber);
    String username = form.username() == null ? null : form.username().strip().toLowerCase(Locale.ROOT);
    String email = form.email() == null ? null : form.email().strip().toLowerCase(Locale.ROOT);
    UserAccount.requireDisplayName(form.displayName());
    boolean made = form.password() == null || form.password().isEmpty();
    String password = made ? strongPassword(username) : form.password();
    if (!made && (password.length() < 10 || password.length() > 128)) {
      throw new BadInput("registration.password.size").on("password");
    }
    PasswordStrength.require(username, password);
    refuseTaken(member, username, email);
    UserAccount account = UserAccount.member(username, PasswordHasher.hash(password.toCharArray()), form.displayName(), email == null ? "" : email, member.id());
    em.persist(account);
    em.flush();
    return new MemberLogin(account.username(), member.memberNumber(), made ? password : null);
  }

  /** A producer's login linked to the member she is; she must belong to the producer's own group. */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public MemberLogin linkProducer(String memberNumber, String username) {
    Member member = current(memberNumber);
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    UserAccount account = em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :u", UserAccount.class).setParameter("u", name)
        .getResultStream().findFirst().orElseThrow(() -> new BadInput("account.member.noSuchLogin", name).on("username"));
    if (account.role() == Role.PRODUCER && !account.group().map(g -> g.sameAs(member.group())).orElse(false)) {
      throw new BusinessRuleViolation("account.member.otherGroup").on("username");
    }
    if (loginOf(member.id()).isPresent()) {
      throw new BusinessRuleViolation("account.member.hasLogin").on("username");
    }
    account.linkToMember(member.id());
    em.flush();
    return new MemberLogin(account.username(), member.memberNumber(), null);
  }

  /** The username of a member's login, if she has one (for the register's page). */
  @RolesAllowed({Roles.TREASURER, Roles.ADMIN})
  public Optional<String> loginOf(long memberId) {
    return em.createQuery("SELECT a.username FROM UserAccount a WHERE a.memberId = :m", String.class).setParameter("m", memberId).getResultStream().findFirst();
  }

  private Member current(String memberNumber) {
    Member member = members.byNumber(memberNumber).orElseThrow(() -> new NotFound("member", memberNumber));
    if (!member.isCurrent()) {
      throw new BusinessRuleViolation("account.member.notCurrent");
    }
    return member;
  }

  private void refuseTaken(Member member, String username, String email) {
    if (loginOf(member.id()).isPresent()) {
      throw new BusinessRuleViolation("account.member.hasLogin").on("username");
    }
    if (username != null && !em.createQuery("SELECT a.id FROM UserAccount a WHERE a.username = :u", Long.class).setParameter("u", username).getResultList().isEmpty()) {
      throw new BusinessRuleViolation("registration.username.taken").on("username");
    }
    if (email != null && !em.createQuery("SELECT a.id FROM UserAccount a WHERE a.email = :e", Long.class).setParameter("e", email).getResultList().isEmpty()) {
      throw new BusinessRuleViolation("registration.email.taken").on("email");
    }
  }

  /** Three groups of four readable characters, e.g. "kd7m-pq3x-a9fw", checked like any other. */
  static String strongPassword(String username) {
    while (true) {
      StringBuilder password = new StringBuilder();
      for (int i = 0; i < 12; i++) {
        if (i > 0 && i % 4 == 0) {
          password.append('-');
        }
        password.append(READABLE.charAt(RANDOM.nextInt(READABLE.length())));
      }
      try {
        PasswordStrength.require(username, password.toString());
        return password.toString();
      } catch (BadInput tooEasy) {
        // vanishingly rare (a run, the username inside): draw again
      }
    }
  }
}
