package coop.fairshare.member;

/** Kept for the gender-equity reports fair trade asks for. */
public enum Gender {
  FEMALE,
  MALE,
  OTHER
}
