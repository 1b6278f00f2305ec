package coop.fairshare.shared.persistence;

/**
 * Text a person typed, made a LIKE pattern that matches it literally: its {@code %}, {@code _} and
 * backslashes escaped with MariaDB's default escape character, so "50%_" finds "50%_" and nothing
 * else.
 */
public final class Like {

  private Like() {}

  /** The text as a literal part of a pattern (add the wildcards around it). */
  public static String literal(String typed) {
    return typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** A pattern for values that hold the text anywhere. */
  public static String containing(String typed) {
    return "%" + literal(typed) + "%";
  }
}
