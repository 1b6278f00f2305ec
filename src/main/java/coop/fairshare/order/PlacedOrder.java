package coop.fairshare.order;

import java.io.Serializable;

/** The order a checkout placed and the secret a guest reaches it by. */
public record PlacedOrder(String number, String accessToken) implements Serializable {}
