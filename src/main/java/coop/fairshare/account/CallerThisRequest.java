package coop.fairshare.account;

import jakarta.enterprise.context.RequestScoped;

/**
 * The caller's account as read once in this request: a signed-in page asks who she is from several
 * services (her group's parcels, the ones sent, whether she leads a group), each a round trip for
 * the same row. Request-scoped, so it lives no longer than the request (or the timer's or message's
 * call, for which Weld starts a request of its own) and is never shared between callers.
 */
@RequestScoped
public class CallerThisRequest {

  private CallerAccount caller;

  /** The caller read earlier in this request under this name, or null. */
  CallerAccount named(String username) {
    return caller != null && caller.username().equals(username) ? caller : null;
  }

  void remember(CallerAccount account) {
    this.caller = account;
  }
}
