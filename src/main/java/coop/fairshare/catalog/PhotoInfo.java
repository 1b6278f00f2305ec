package coop.fairshare.catalog;

import java.io.Serializable;

/**
 * What a page or the API needs to know of a stored photo, without its bytes. Position 0 is the main
 * photo; {@code key} is its public address, {@code id} is for its producers' changes;
 * {@code illustration}: drawn by the shop, not a photo of the product (see {@link ProductIllustration}).
 */
public record PhotoInfo(long id, String key, long productId, int position, int width, int height, String sha256, boolean illustration)
    implements Serializable {

  public boolean isMain() {
    return position == 0;
  }

  public int thumbWidth() {
    return PhotoUpload.fit(width, height, PhotoUpload.THUMB_SIDE).width();
  }

  public int thumbHeight() {
    return PhotoUpload.fit(width, height, PhotoUpload.THUMB_SIDE).height();
  }

  /** The address of the display JPEG below the application's root: {@code photos/<random key>/display.jpg}. */
  public String displayPath() {
    return displayPathOf(key);
  }

  /** The display JPEG's address for a photo known only by its key (a page of products' main photos). */
  public static String displayPathOf(String key) {
    return "photos/" + key + "/display.jpg";
  }

  public String thumbPath() {
    return "photos/" + key + "/thumb.jpg";
  }
}
