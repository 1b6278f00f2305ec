package coop.fairshare.catalog.web;

import coop.fairshare.catalog.ProductPhotos;
import coop.fairshare.catalog.ProductPhotos.Jpeg;
import coop.fairshare.catalog.ProductPhotos.Rendition;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves product photos: {@code /photos/{key}/display.jpg} and {@code /photos/{key}/thumb.jpg},
 * the key random. A photo's bytes never change under its key (a new photo gets a new key), so
 * browsers and proxies may keep a product on sale's photo for a year without asking again; a hidden
 * product's photo is served only to its own group and the office, and never kept. It never opens an HTTP session, and an unknown address
 * gets a bare 404 rather than the error page (a Faces page).
 */
@WebServlet(name = "PhotoServlet", urlPatterns = "/photos/*")
public class PhotoServlet extends HttpServlet {

  private static final Pattern ADDRESS = Pattern.compile("/([0-9a-f]{32})/(display|thumb)\\.jpg");

  @EJB
  private ProductPhotos photos;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Matcher address = ADDRESS.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    Optional<Jpeg> jpeg = Optional.empty();
    if (address.matches()) {
      jpeg = photos.jpeg(address.group(1), address.group(2).equals("thumb") ? Rendition.THUMB : Rendition.DISPLAY);
    }
    if (jpeg.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      response.setContentType("text/plain;charset=UTF-8");
      response.setHeader("Cache-Control", "no-store");
      response.getWriter().write("no such photo\n");
      return;
    }
    String etag = "\"" + jpeg.get().sha256() + (address.group(2).equals("thumb") ? "-t" : "-d") + "\"";
    response.setHeader("ETag", etag);
    // a hidden product's photo is shown only to its group and the office: no shared or stored copy
    response.setHeader("Cache-Control", jpeg.get().onSale() ? "public, max-age=31536000, immutable" : "private, no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (matches(request.getHeader("If-None-Match"), etag)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    byte[] bytes = jpeg.get().bytes();
    response.setContentType("image/jpeg");
    // Payara adds the app's default charset to every content type; bytes have none
    response.setCharacterEncoding((String) null);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  /** If-None-Match may list several tags, weak ones among them, or "*". */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String tag : ifNoneMatch.split(",")) {
      String t = tag.strip();
      if (t.startsWith("W/")) {
        t = t.substring(2);
      }
      if (t.equals("*") || t.equals(etag)) {
        return true;
      }
    }
    return false;
  }
}
