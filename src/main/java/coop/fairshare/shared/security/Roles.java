package coop.fairshare.shared.security;

/** The roles of Fairshare; the names are the groups the identity store hands the container. */
public final class Roles {

  public static final String SHOPPER = "SHOPPER";
  public static final String PRODUCER = "PRODUCER";
  public static final String TREASURER = "TREASURER";
  public static final String ADMIN = "ADMIN";
  /** A member of the network who signs in to see her own savings and earnings (a producer may be one too). */
  public static final String MEMBER = "MEMBER";

  private Roles() {}
}
