package coop.fairshare.account;

import java.io.Serializable;

/**
 * A login that belongs to a member. {@code initialPassword} is the one the app made, to be told to
 * her once (never stored, never shown again); {@code null} when the treasurer typed one or an
 * existing producer login was linked.
 */
public record MemberLogin(String username, String memberNumber, String initialPassword) implements Serializable {}
