package coop.fairshare.welfare;

import coop.fairshare.shared.Money;
import java.io.Serializable;

/** The death grant from so many full years of membership on: the band with the most years she has reached applies. */
public record DeathBand(int fromYears, Money amount) implements Serializable {}
