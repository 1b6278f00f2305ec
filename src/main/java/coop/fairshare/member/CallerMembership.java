package coop.fairshare.member;

import java.util.Optional;

/**
 * Which member the signed-in caller is, if any. The account area knows the login's link to a member
 * and implements this; the register asks it so a member sees only her own record, without knowing
 * about logins.
 */
public interface CallerMembership {

  /** The caller's own member id, when her login is linked to one. */
  Optional<Long> memberId();
}
