package coop.fairshare.welfare;

/** What the fund pays for. */
public enum Benefit {
  /** Per child born. */
  CHILDBIRTH,
  /** Per night admitted, capped per stay and per calendar year. */
  HOSPITAL,
  /** Once a calendar year, for long-standing members of a certain age. */
  OLD_AGE,
  /** Once, by full years of membership on the date of death. */
  DEATH,
  /** An amount the approvers set, up to a limit per event. */
  DISASTER
}
