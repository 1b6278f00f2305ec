package coop.fairshare.shared.security;

/** The four roles of Fairshare; the names are the groups the identity store hands the container. */
public final class Roles {

  public static final String SHOPPER = "SHOPPER";
  public static final String PRODUCER = "PRODUCER";
  public static final String TREASURER = "TREASURER";
  public static final String ADMIN = "ADMIN";

  private Roles() {}
}
