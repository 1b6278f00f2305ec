package coop.fairshare.shared.web;

import java.util.Optional;

/** An id as typed in a page's address: anything but a whole number is simply not found. */
public final class AddressId {

  private AddressId() {}

  public static Optional<Long> of(String raw) {
    try {
      return raw == null ? Optional.empty() : Optional.of(Long.valueOf(raw.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
