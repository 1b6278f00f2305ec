package coop.fairshare.catalog.web;

import coop.fairshare.catalog.ProductCatalog;
import coop.fairshare.member.GroupDirectory;
import coop.fairshare.shared.web.PublicAddress;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code /sitemap.xml} (sitemaps.org 0.9): the home, catalog and group directory pages, every
 * product on sale and every producer group, with absolute addresses. Two queries of ids whatever
 * the number of products; the answer is kept for a few minutes here and may be by any cache on the
 * way, being the same for everyone. The language is a cookie, not an address, so there are no
 * hreflang alternates: each page has one address.
 */
@WebServlet("/sitemap.xml")
public class Sitemap extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final int KEEP_SECONDS = 300;
  /** The protocol's limit for one file. */
  static final int MAX_URLS = 50_000;

  @EJB
  private ProductCatalog catalog;

  @EJB
  private GroupDirectory directory;

  private record Kept(String base, byte[] body, long expiresAtNanos) {}

  private final transient AtomicReference<Kept> kept = new AtomicReference<>();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String base = PublicAddress.of(request);
    long now = System.nanoTime();
    Kept copy = kept.get();
    if (copy == null || !copy.base().equals(base) || now - copy.expiresAtNanos() > 0) {
      copy = new Kept(base, xml(base, catalog.activeProductIds(), directory.groupIds()).getBytes(StandardCharsets.UTF_8), now + TimeUnit.SECONDS.toNanos(KEEP_SECONDS));
      kept.set(copy);
    }
    response.setContentType("application/xml;charset=UTF-8");
    if (!response.containsHeader("Cache-Control")) {
      response.setHeader("Cache-Control", "public, max-age=" + KEEP_SECONDS);
    }
    response.setContentLength(copy.body().length);
    response.getOutputStream().write(copy.body());
  }

  static String xml(String base, List<Long> productIds, List<Long> groupIds) {
    StringBuilder xml = new StringBuilder(200 + 80 * (productIds.size() + groupIds.size()));
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    String root = escape(base);
    int urls = 0;
    for (String page : List.of("/", "/catalog/", "/groups/")) {
      url(xml, root + page);
      urls++;
    }
    for (Long id : groupIds) {
      if (urls++ < MAX_URLS) {
        url(xml, root + "/groups/group.xhtml?id=" + id);
      }
    }
    for (Long id : productIds) {
      if (urls++ < MAX_URLS) {
        url(xml, root + "/catalog/product.xhtml?id=" + id);
      }
    }
    return xml.append("</urlset>\n").toString();
  }

  private static void url(StringBuilder xml, String location) {
    xml.append("<url><loc>").append(location).append("</loc></url>\n");
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
  }
}
