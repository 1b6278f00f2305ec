package coop.fairshare.catalog;

import java.io.Serializable;

/** What a page or the API needs to know of a stored photo, without its bytes. Position 0 is the main photo. */
public record PhotoInfo(long id, long productId, int position, int width, int height, String sha256) implements Serializable {

  public boolean isMain() {
    return position == 0;
  }

  public int thumbWidth() {
    return PhotoUpload.fit(width, height, PhotoUpload.THUMB_SIDE).width();
  }

  public int thumbHeight() {
    return PhotoUpload.fit(width, height, PhotoUpload.THUMB_SIDE).height();
  }

  /** The address of the display JPEG below the application's root, e.g. {@code photos/12/display.jpg}. */
  public String displayPath() {
    return "photos/" + id + "/display.jpg";
  }

  public String thumbPath() {
    return "photos/" + id + "/thumb.jpg";
  }
}
