package coop.fairshare.catalog;

import coop.fairshare.shared.BusinessRuleViolation;
import jakarta.ejb.ApplicationException;

/** An uploaded photo was not accepted; the message says why, in the user's language. */
@ApplicationException(rollback = true)
public class PhotoRefused extends BusinessRuleViolation {

  /** Why, so that the API can answer with the fitting HTTP status. */
  public enum Reason {
    EMPTY("photo.empty"),
    TOO_MANY_BYTES("photo.tooManyBytes"),
    WRONG_TYPE("photo.wrongType"),
    NOT_AN_IMAGE("photo.notAnImage"),
    TOO_SMALL("photo.tooSmall"),
    TOO_LARGE("photo.tooLarge"),
    TOO_MANY_PHOTOS("photo.tooMany");

    private final String messageKey;

    Reason(String messageKey) {
      this.messageKey = messageKey;
    }
  }

  private final Reason reason;

  private PhotoRefused(Reason reason, Object... arguments) {
    super(reason.messageKey, arguments);
    this.reason = reason;
  }

  public static PhotoRefused empty() {
    return new PhotoRefused(Reason.EMPTY);
  }

  public static PhotoRefused tooManyBytes() {
    return new PhotoRefused(Reason.TOO_MANY_BYTES, PhotoUpload.MAX_BYTES / (1024 * 1024));
  }

  public static PhotoRefused wrongType() {
    return new PhotoRefused(Reason.WRONG_TYPE);
  }

  public static PhotoRefused notAnImage() {
    return new PhotoRefused(Reason.NOT_AN_IMAGE);
  }

  static PhotoRefused tooSmall(int width, int height) {
    return new PhotoRefused(Reason.TOO_SMALL, PhotoUpload.MIN_SIDE, width, height);
  }

  static PhotoRefused tooLarge(int width, int height) {
    return new PhotoRefused(Reason.TOO_LARGE, PhotoUpload.MAX_SIDE, width, height);
  }

  static PhotoRefused tooManyPhotos() {
    return new PhotoRefused(Reason.TOO_MANY_PHOTOS, ProductPhotos.MAX_PHOTOS);
  }

  public Reason reason() {
    return reason;
  }
}
