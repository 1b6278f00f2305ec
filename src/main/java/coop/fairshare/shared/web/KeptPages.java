package coop.fairshare.shared.web;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A signed-in page a person opens many times a day (a group's sales, the journal, her orders) kept
 * whole as drawn, under the key of what it shows ({@link KeptPage}), and served to whoever's view
 * gives the same key with her own parts put in ({@link PersonalParts}), without building or drawing
 * its component tree: a page's Faces render (building the tree, drawing it) is most of what such a
 * view costs, its reads the rest.
 *
 * <p>The page still reads on every view: its bean is asked for its key, which reads what the page
 * shows, as the person looking. For a view without metadata (no view parameters or view actions:
 * the page's bean reads what it needs from the address itself) this filter asks, before Faces
 * starts, so a kept page costs no Faces lifecycle at all; for any other view Faces restores it and
 * sets its parameters, and {@link Lifecycle} asks just before it would draw. (A view without metadata
 * has no view action to answer "not found" either: its bean says whether it finds what the address
 * names, {@link KeptPage#isFound()}, and this filter answers 404 for it.) Either way the key is read
 * as the person looking (so every service still checks who may see what, on every view). A
 * page kept under that key, with her own parts kept from her last page drawn, is sent as it is;
 * otherwise the page is drawn as always and kept, with her parts, from that drawing. So a kept page
 * is never older than the figures just read: a changed figure is a new key. What is kept lives
 * {@code fairshare.pageCache.dataSeconds} (300; 0 turns this off), only to bound memory, at most 2,000
 * pages and 64 MiB, each instance its own.
 *
 * <p>Only a GET by someone signed in, without credentials of its own and without a Faces flash; a
 * view with Faces messages, a postback, a page carrying a view state kept in her session
 * or one not answered 200 is drawn as always and not kept. Her answer says {@code no-store} and
 * {@code X-Fairshare-Cache: kept}.
 *
 * <p>A page with a form (her cart, a group's parcels and stock, the orders a treasurer confirms) is
 * kept too: its view is stateless ({@code ui:param keptWhole}; the template makes the view transient),
 * so the form carries no view state of hers and is built afresh from the page when she posts it, as a
 * request-scoped page's data is read afresh anyway. What a view state also proved, that a post came
 * from our own page, {@link Lifecycle} asks of the request's origin instead.
 */
public class KeptPages extends HttpFilter {

  static final String KEPT = "kept";
  private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(KeptPages.class.getName());
  private static final String VISIT = KeptPages.class.getName();
  /** The bean of a view without metadata, for its post to be asked whether it still finds what it shows. */
  private static final String SHOWN = KeptPages.class.getName() + ".shown";

  private long ttlNanos;
  private int maxEntryBytes;
  private AnonymousPageCache.Store pages;
  private PersonalParts people;
  /** The bean of each kept view, by its address; found on the first request (CDI is up by then). */
  private volatile Map<String, Bean<?>> views;
  /** The kept views whose page has no view metadata: no parameters, view actions or view events (found with them). */
  private volatile Set<String> withoutMetadata = java.util.Set.of();
  /** The application's bean manager, found with them: {@code CDI.current()} on every view was a tenth of a kept cart's CPU (JFR). */
  private volatile BeanManager beans;

  @Override
  public void init(FilterConfig config) throws ServletException {
    super.init(config);
    Config settings = ConfigProvider.getConfig();
    ttlNanos = TimeUnit.SECONDS.toNanos(Math.max(0, settings.getOptionalValue("fairshare.pageCache.dataSeconds", Integer.class).orElse(300)));
    maxEntryBytes = settings.getOptionalValue("fairshare.pageCache.maxEntryBytes", Integer.class).orElse(1 << 20);
    pages = new AnonymousPageCache.Store(settings.getOptionalValue("fairshare.pageCache.maxEntries", Integer.class).orElse(2000),
        settings.getOptionalValue("fairshare.pageCache.maxBytes", Long.class).orElse(64L << 20));
    people = new PersonalParts(settings.getOptionalValue("fairshare.pageCache.maxPeople", Integer.class).orElse(20_000));
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
    Bean<?> bean = views().get(request.getServletPath());
    // the request's own instance of the page's bean (it is request-scoped): the one Faces draws with
    KeptPage page = bean == null ? null : (KeptPage) beans.getReference(bean, KeptPage.class, beans.createCreationalContext(bean));
    if (page != null && withoutMetadata.contains(request.getServletPath())) {
      // no view action of its own says "not found": its bean does, here for an address, after restoring for a post
      request.setAttribute(SHOWN, page);
      if (("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) && !found(page)) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
    }
    HttpSession session = request.getSession(false);
    if (page == null || ttlNanos == 0 || session == null || request.getRemoteUser() == null
        || !AnonymousPageCache.isPersonalisable(request.getMethod(), request.getHeader("Authorization"), AnonymousPageCache.carriesFlash(request))) {
      chain.doFilter(request, response);
      return;
    }
    String language = Language.of(request).getLanguage();
    String person;
    try {
      person = PersonalParts.key(session.getId(), request.getRemoteUser(), language, session.getAttribute(PersonalParts.CART_UNITS))
          + ' ' + session.getAttribute(PersonalChanges.CHANGED_AT);
    } catch (IllegalStateException invalidated) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader(AnonymousPageCache.HEADER, "miss");
    AnonymousPageCache.Capture capture = new AnonymousPageCache.Capture(response, maxEntryBytes);
    Visit visit = new Visit(page, request, response, language, person);
    request.setAttribute(VISIT, visit);
    if (withoutMetadata.contains(request.getServletPath())) {
      // Nothing of Faces decides what such a view shows: ask its key here and, if the page is kept,
      // spare the whole Faces lifecycle (a quarter of a kept cart's CPU was restoring its view)
      if (visit.ask()) {
        return;
      }
    }
    chain.doFilter(request, capture);
    capture.flushCopies();
    if (visit.served || visit.key == null) {
      return;
    }
    capture.keptFor(request, response, language, ttlNanos, 0).ifPresent(kept -> {
      people.put(person, kept.parts(), kept.page().expiresAtNanos(), ttlNanos);
      pages.put(visit.key, kept.page());
    });
  }

  /**
   * Whether the page has something to show: asking it reads what it shows, as the person looking;
   * trouble reading (the database away) is left to the drawing, which meets it its own way.
   */
  private static boolean found(KeptPage shown) {
    try {
      return shown.isFound();
    } catch (RuntimeException trouble) {
      return true;
    }
  }

  private Map<String, Bean<?>> views() {
    Map<String, Bean<?>> found = views;
    if (found == null) {
      found = new HashMap<>();
      Set<String> plain = new HashSet<>();
      BeanManager manager = CDI.current().getBeanManager();
      for (Bean<?> bean : manager.getBeans(KeptPage.class, Any.Literal.INSTANCE)) {
        KeptPage.View view = bean.getBeanClass().getAnnotation(KeptPage.View.class);
        if (view != null) {
          found.put(view.value(), bean);
          if (withoutMetadata(facelet(view.value()))) {
            plain.add(view.value());
          }
        }
      }
      beans = manager;
      withoutMetadata = Set.copyOf(plain);
      views = found = Map.copyOf(found);
    }
    return found;
  }

  private String facelet(String view) {
    try (InputStream page = getServletContext().getResourceAsStream(view)) {
      return page == null ? null : new String(page.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      return null;
    }
  }

  /**
   * Whether a page's view is decided by nothing Faces does before drawing it: no view parameters,
   * view actions or view events (the template's only metadata is the page's own {@code metadata}
   * insert). Such a view's key can be asked before Faces starts. A page that cannot be read counts
   * as having metadata.
   */
  static boolean withoutMetadata(String facelet) {
    return facelet != null && !facelet.contains("metadata") && !facelet.contains("viewParam")
        && !facelet.contains("viewAction") && !facelet.contains("f:event");
  }

  /** The full key of a kept page: its address as asked, the language and the key of what it shows. */
  static String key(String path, String query, String language, String pageKey) {
    return AnonymousPageCache.key(path, query, language) + ' ' + pageKey;
  }

  /** One request for a kept view, handed from the filter to {@link Lifecycle} through the request. */
  final class Visit {

    private final KeptPage page;
    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final String language;
    private final String person;
    String key;
    boolean served;
    /** Whether the page was asked for its key already: by the filter for a view without metadata, else just before drawing. */
    boolean asked;

    Visit(KeptPage page, HttpServletRequest request, HttpServletResponse response, String language, String person) {
      this.page = page;
      this.request = request;
      this.response = response;
      this.language = language;
      this.person = person;
    }

    /**
     * Asks the page for its key once and sends the page kept under it, if any; true if sent. When
     * asking fails the page is drawn as always (which meets the same trouble its own way: a refusal,
     * an error page) and not kept.
     */
    boolean ask() {
      if (asked) {
        return served;
      }
      asked = true;
      try {
        serve();
      } catch (IOException gone) {
        // she went away while it was sent: nothing more to draw for her
        served = true;
      } catch (RuntimeException e) {
        // drawn as always (which meets the same trouble its own way) and not kept; said, or a page never kept goes unseen
        LOG.log(java.util.logging.Level.FINE, e, () -> "kept page " + request.getServletPath() + " not asked for its key");
        key = null;
      }
      return served;
    }

    /** Sends the page kept under its key with her parts, if both are kept; else notes the key so the drawing is kept. */
    private boolean serve() throws IOException {
      String shown = page.pageKey();
      if (shown == null) {
        // this view shows something not to be kept (an order's Stripe payment): drawn as always
        key = null;
        return false;
      }
      key = KeptPages.key(request.getServletPath(), request.getQueryString(), language, shown);
      long now = System.nanoTime();
      AnonymousPageCache.Page shell = pages.get(key, now);
      List<byte[]> hers = people.get(person, now);
      if (shell == null || !shell.freshAt(now) || hers == null) {
        return false;
      }
      var spliced = PersonalParts.splice(shell.body(), hers);
      if (spliced.isEmpty()) {
        return false;
      }
      served = true;
      AnonymousPageCache.send(new AnonymousPageCache.Page(spliced.get(), shell.contentType(), shell.contentLanguage(), shell.headers(), shell.expiresAtNanos(), 0),
          request, response, KEPT);
      return true;
    }
  }

  /**
   * Where kept pages meet the Faces lifecycle; registered in {@code faces-config.xml}.
   *
   * <p>Just before a kept view is drawn (its parameters set, its view actions run): the page kept
   * under its key is sent instead, and Faces draws nothing.
   *
   * <p>After a view is restored: a kept page's forms carry no view state (the view is transient:
   * {@code ui:param keptWhole}), so nothing in a post proves it came from the page; a post to a
   * stateless view is taken only from our own origin ({@link SameOrigin}, as the plain form posts
   * are; the session cookie is also {@code SameSite=Lax}).
   */
  public static class Lifecycle implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
      return PhaseId.ANY_PHASE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
      if (event.getPhaseId() == PhaseId.RENDER_RESPONSE) {
        sendKept(event.getFacesContext());
      }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
      if (event.getPhaseId() == PhaseId.RESTORE_VIEW) {
        refuseForeignPost(event.getFacesContext());
        refuseMissing(event.getFacesContext());
      }
    }

    private static void sendKept(FacesContext faces) {
      if (!(faces.getExternalContext().getRequestMap().get(VISIT) instanceof Visit visit)
          || faces.isPostback() || faces.getResponseComplete() || !faces.getMessageList().isEmpty()
          || faces.getViewRoot() == null || !visit.request.getServletPath().equals(faces.getViewRoot().getViewId())) {
        return;
      }
      if (visit.ask()) {
        faces.responseComplete();
      }
    }

    /** A post to a view without metadata whose bean finds nothing to show (an order not hers): 404, as its address would be. */
    private static void refuseMissing(FacesContext faces) {
      if (faces.isPostback() && !faces.getResponseComplete()
          && faces.getExternalContext().getRequestMap().get(SHOWN) instanceof KeptPage shown && !found(shown)) {
        answer(faces, HttpServletResponse.SC_NOT_FOUND);
      }
    }

    /** Answers this status instead of the view, and draws nothing. */
    private static void answer(FacesContext faces, int status) {
      try {
        faces.getExternalContext().responseSendError(status, null);
      } catch (IOException gone) {
        // she went away: nothing to answer
      }
      faces.responseComplete();
    }

    private static void refuseForeignPost(FacesContext faces) {
      if (faces.isPostback() && faces.getViewRoot() != null && faces.getViewRoot().isTransient()
          && !SameOrigin.permits((HttpServletRequest) faces.getExternalContext().getRequest())) {
        answer(faces, HttpServletResponse.SC_FORBIDDEN);
      }
    }
  }
}
