package coop.fairshare.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Keeps for a few seconds the HTML that anonymous visitors see on the shop pages, so that a crowd
 * of visitors costs one Faces render per page and language, not one each.
 *
 * <p>Only public HTML is kept, never business state: a response is stored when the request had no
 * session and no Authorization header, and after rendering there is still no session, the status
 * is 200, the type is text/html, no cookie was set and nothing said {@code private}/{@code
 * no-store}. Everyone signed in has a session, so the per-user parts of a page (login name, the
 * producer's and treasurer's links) are rendered afresh for them and never stored. The key is the
 * path, the query string and the language the visitor chose (the {@link Language#COOKIE} cookie).
 * A few seconds' staleness of a stock figure is harmless: checkout checks stock in the database,
 * and several instances may each keep their own copy.
 *
 * <p>Someone with a session (signed in, or a guest with a cart) gets the same kept page with her
 * own parts put in: the template marks what is one person's (cart count, her links, her name;
 * {@link PersonalParts}), her parts are cut from the last page rendered for her, and pages and
 * parts are used for {@code fairshare.pageCache.personalMillis} (2,000) only, since she may have
 * just been told of a change (and as long again at most while one request renders their successor,
 * so the others arriving meanwhile do not all render it too); after she sends a change herself ({@link PersonalChanges}) she is
 * never served a page kept from before it. Her answer still says {@code no-store} to every other
 * cache, and {@code X-Fairshare-Cache: personal} (or {@code personal-stale}).
 *
 * <p>Settings (MicroProfile Config): {@code fairshare.pageCache.seconds} (5; 0 turns the cache
 * off), {@code fairshare.pageCache.maxEntries} (2000), {@code fairshare.pageCache.maxBytes} (64 MiB
 * in all), {@code fairshare.pageCache.maxEntryBytes} (1 MiB a page). Each response says {@code
 * X-Fairshare-Cache: hit}, {@code stale} (served while the page is being rendered anew), {@code
 * miss} or {@code bypass}.
 */
@WebFilter(filterName = "AnonymousPageCache", urlPatterns = {"/", "/index.xhtml", "/catalog/*", "/groups/*"})
public class AnonymousPageCache extends HttpFilter {

  public static final String HEADER = "X-Fairshare-Cache";
  /** Mojarra's flash cookie. */
  private static final String FLASH_COOKIE = "csfcfc";
  /** How long a request waits for another one that is rendering the same page. */
  private static final long WAIT_FOR_OTHER_RENDER_MS = 3000;

  private long ttlNanos;
  /** How long a page kept for people with a session, and each one's own parts, are used. */
  private long personalTtlNanos;
  private int maxEntryBytes;
  private Store store;
  /** Pages as rendered for someone with a session: the same as anyone's but for her parts. */
  private Store shells;
  private PersonalParts people;
  private final ConcurrentHashMap<String, CompletableFuture<Page>> rendering = new ConcurrentHashMap<>();
  /** In {@link #rendering}: a page or a person's parts being rendered for someone with a session. */
  private static final String PERSONAL = "personal ";
  private static final CompletableFuture<Page> NOBODY = CompletableFuture.completedFuture(null);

  @Override
  public void init(FilterConfig config) throws ServletException {
    super.init(config);
    Config settings = ConfigProvider.getConfig();
    int seconds = settings.getOptionalValue("fairshare.pageCache.seconds", Integer.class).orElse(5);
    int maxEntries = settings.getOptionalValue("fairshare.pageCache.maxEntries", Integer.class).orElse(2000);
    long maxBytes = settings.getOptionalValue("fairshare.pageCache.maxBytes", Long.class).orElse(64L << 20);
    maxEntryBytes = settings.getOptionalValue("fairshare.pageCache.maxEntryBytes", Integer.class).orElse(1 << 20);
    ttlNanos = TimeUnit.SECONDS.toNanos(Math.max(0, seconds));
    // shorter than an anonymous visitor's copy: someone signed in may have just been told of a change
    personalTtlNanos = Math.min(ttlNanos, TimeUnit.MILLISECONDS.toNanos(Math.max(0, settings.getOptionalValue("fairshare.pageCache.personalMillis", Integer.class).orElse(2000))));
    store = new Store(maxEntries, maxBytes);
    shells = new Store(maxEntries, maxBytes);
    people = new PersonalParts(settings.getOptionalValue("fairshare.pageCache.maxPeople", Integer.class).orElse(20_000));
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
    if (personalTtlNanos > 0 && request.getSession(false) != null && isPersonalisable(request.getMethod(), request.getHeader("Authorization"), carriesFlash(request))) {
      servePersonal(request, response, chain);
      return;
    }
    if (ttlNanos == 0 || !isCacheableRequest(request.getMethod(), request.getSession(false) != null, request.getHeader("Authorization"), carriesFlash(request))) {
      response.setHeader(HEADER, "bypass");
      chain.doFilter(request, response);
      return;
    }
    String language = Language.of(request).getLanguage();
    // pages name the shop's address (shared links' previews); unless it is configured, that is the
    // Host a visitor sent, so each address keeps its own copies and no visitor can plant hers for others
    String key = PublicAddress.of(request) + ' ' + key(request.getRequestURI().substring(request.getContextPath().length()), request.getQueryString(), language);
    long now = System.nanoTime();
    Page cached = store.get(key, now);
    if (cached != null && cached.freshAt(now)) {
      send(cached, request, response, "hit");
      return;
    }
    boolean head = "HEAD".equals(request.getMethod());
    CompletableFuture<Page> mine = head ? null : new CompletableFuture<>();
    CompletableFuture<Page> other = head ? rendering.get(key) : rendering.putIfAbsent(key, mine);
    if (other != null) {
      // someone is rendering this very page: serve the copy that just went stale, or wait for hers
      Page page = cached != null ? cached : await(other);
      if (page != null) {
        send(page, request, response, cached != null ? "stale" : "hit");
        return;
      }
      mine = null;
    }
    try {
      response.setHeader(HEADER, "miss");
      response.setHeader("Content-Language", language);
      Page page = renderAndCapture(request, response, chain, key, language);
      if (mine != null) {
        mine.complete(page);
      }
    } finally {
      if (mine != null) {
        mine.complete(null);
        rendering.remove(key, mine);
      }
    }
  }

  /**
   * Someone with a session (signed in, or a guest with a cart): the page as kept, rendered for
   * whoever saw it last, with her own parts put in ({@link PersonalParts}); or, when either is
   * missing, rendered for her, and both kept from that render.
   */
  private void servePersonal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    String language = Language.of(request).getLanguage();
    String key = PublicAddress.of(request) + ' ' + key(request.getRequestURI().substring(request.getContextPath().length()), request.getQueryString(), language);
    String person;
    Object changedAt;
    try {
      changedAt = session.getAttribute(PersonalChanges.CHANGED_AT);
      person = PersonalParts.key(session.getId(), request.getRemoteUser(), language, session.getAttribute(PersonalParts.CART_UNITS)) + ' ' + changedAt;
    } catch (IllegalStateException invalidated) {
      response.setHeader(HEADER, "bypass");
      chain.doFilter(request, response);
      return;
    }
    long now = System.nanoTime();
    Page anonymous = store.get(key, now);
    Page kept = freshOf(anonymous, personalTtlNanos, shells.get(key, now), now);
    Page spare = kept != null ? kept : usableOf(anonymous, personalTtlNanos, shells.get(key, now), now);
    // a page kept from before her own last change is not for her: she sees what she changed at once
    if (changedAt instanceof Long changed) {
      kept = kept != null && renderedAfter(kept, changed, now) ? kept : null;
      spare = spare != null && renderedAfter(spare, changed, now) ? spare : null;
    }
    List<byte[]> hers = people.get(person, now);
    // what went stale is used a moment longer while one request renders its successor, so that the
    // requests arriving meanwhile do not all render it too (the same for her parts and for the page)
    boolean renderPage = kept == null && rendering.putIfAbsent(PERSONAL + key, NOBODY) == null;
    boolean renderHers = hers == null && rendering.putIfAbsent(PERSONAL + person, NOBODY) == null;
    try {
      Page shell = kept != null ? kept : renderPage ? null : spare;
      List<byte[]> parts = hers != null ? hers : renderHers ? null : people.usable(person, now);
      if (shell != null && parts != null) {
        var page = PersonalParts.splice(shell.body(), parts);
        if (page.isPresent()) {
          send(new Page(page.get(), shell.contentType(), shell.contentLanguage(), shell.headers(), shell.expiresAtNanos(), shell.graceNanos()), request, response,
              kept != null && hers != null ? "personal" : "personal-stale");
          return;
        }
      }
      renderPersonal(request, response, chain, key, person, language);
    } finally {
      if (renderPage) {
        rendering.remove(PERSONAL + key, NOBODY);
      }
      if (renderHers) {
        rendering.remove(PERSONAL + person, NOBODY);
      }
    }
  }

  private void renderPersonal(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key, String person, String language)
      throws IOException, ServletException {
    response.setHeader(HEADER, "miss");
    response.setHeader("Content-Language", language);
    Capture capture = new Capture(response, maxEntryBytes);
    chain.doFilter(request, capture);
    capture.flushCopies();
    capture.keptFor(request, response, language, personalTtlNanos, personalTtlNanos).ifPresent(kept -> {
      people.put(person, kept.parts(), kept.page().expiresAtNanos(), personalTtlNanos);
      // the freshest copy there is (the anonymous one may be too old for her within moments)
      shells.put(key, kept.page());
    });
  }

  /** Whether the page was rendered after this wall-clock time (a page is kept its grace time from its render). */
  private static boolean renderedAfter(Page page, long wallMillis, long now) {
    long ageMillis = TimeUnit.NANOSECONDS.toMillis(now - renderedAt(page));
    return System.currentTimeMillis() - ageMillis > wallMillis;
  }

  private static long renderedAt(Page page) {
    return page.expiresAtNanos() - page.graceNanos();
  }

  /**
   * A page for someone with a session: the anonymous copy if it was rendered within the (shorter)
   * time a personal page may be, else the one kept from a render for someone with a session.
   */
  static Page freshOf(Page anonymous, long personalTtlNanos, Page shell, long now) {
    if (anonymous != null && now - renderedAt(anonymous) < personalTtlNanos) {
      return anonymous;
    }
    return shell != null && shell.freshAt(now) ? shell : null;
  }

  /** A page for someone with a session that went stale no longer ago than it was fresh: for use while its successor renders. */
  static Page usableOf(Page anonymous, long personalTtlNanos, Page shell, long now) {
    if (anonymous != null && now - renderedAt(anonymous) < 2 * personalTtlNanos) {
      return anonymous;
    }
    return shell != null && shell.usableAt(now) ? shell : null;
  }

  private Page renderAndCapture(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key, String language) throws IOException, ServletException {
    Capture capture = new Capture(response, maxEntryBytes);
    chain.doFilter(request, capture);
    capture.flushCopies();
    boolean cookieSet = capture.cookieSet || !response.getHeaders("Set-Cookie").isEmpty();
    if ("HEAD".equals(request.getMethod()) || capture.overflow || capture.failed
        || !isCacheableResponse(response.getStatus(), response.getContentType(), cookieSet, request.getSession(false) != null, response.getHeader("Cache-Control"))) {
      return null;
    }
    String contentLanguage = capture.contentLanguage != null ? capture.contentLanguage : language;
    Page page = new Page(capture.body(response.getCharacterEncoding()), response.getContentType(), contentLanguage, List.copyOf(capture.headers), System.nanoTime() + ttlNanos, ttlNanos);
    store.put(key, page);
    return page;
  }

  private static Page await(CompletableFuture<Page> other) {
    try {
      return other.get(WAIT_FOR_OTHER_RENDER_MS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (ExecutionException | TimeoutException e) {
      return null;
    }
  }

  static void send(Page page, HttpServletRequest request, HttpServletResponse response, String how) throws IOException {
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(page.contentType());
    response.setHeader("Content-Language", page.contentLanguage());
    // set, not added: a header the filters before this one already set (SecurityHeaders) is not doubled
    Set<String> replayed = new HashSet<>();
    for (String[] header : page.headers()) {
      if (replayed.add(header[0].toLowerCase(Locale.ROOT))) {
        response.setHeader(header[0], header[1]);
      } else {
        response.addHeader(header[0], header[1]);
      }
    }
    if (how.startsWith("personal") || how.equals(KeptPages.KEPT)) {
      // her page, whatever copy it was put together from: SecurityHeaders may run inside this filter
      // (the container orders them differently from one deployment to the next), so it is said here
      response.setHeader("Cache-Control", "no-store");
    }
    response.setHeader(HEADER, how);
    response.setContentLength(page.body().length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(page.body());
    }
  }

  // ---- the rules, kept apart so that they can be tested without a server -----------------------

  /**
   * Only anonymous GET and HEAD requests: no session, no credentials sent, and no Faces flash (a
   * message carried over a redirect in Mojarra's flash cookie) that this visitor alone should see.
   */
  /** A GET by someone with a session, sending no credentials and no Faces flash of her own. */
  static boolean isPersonalisable(String method, String authorization, boolean carriesFlash) {
    return "GET".equals(method) && (authorization == null || authorization.isEmpty()) && !carriesFlash;
  }

  static boolean isCacheableRequest(String method, boolean hasSession, String authorization, boolean carriesFlash) {
    return ("GET".equals(method) || "HEAD".equals(method)) && !hasSession && (authorization == null || authorization.isEmpty()) && !carriesFlash;
  }

  static boolean carriesFlash(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (FLASH_COOKIE.equals(cookie.getName())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Only a plain 200 HTML page that created no session, set no cookie and was not marked private. */
  static boolean isCacheableResponse(int status, String contentType, boolean cookieSet, boolean sessionCreated, String cacheControl) {
    if (status != HttpServletResponse.SC_OK || cookieSet || sessionCreated || contentType == null) {
      return false;
    }
    if (!contentType.toLowerCase(Locale.ROOT).startsWith("text/html")) {
      return false;
    }
    if (cacheControl != null) {
      String directives = cacheControl.toLowerCase(Locale.ROOT);
      return !directives.contains("private") && !directives.contains("no-store");
    }
    return true;
  }

  /** The page as an anonymous visitor sees it: path, query string and chosen language. */
  static String key(String path, String query, String language) {
    String page = path == null || path.isEmpty() ? "/" : path;
    return language + ' ' + (query == null ? page : page + '?' + query);
  }

  /**
   * One stored page: the bytes as sent, the headers that go with them, and when it goes stale. A
   * stale page is still handed out for one more time-to-live, but only while another request is
   * rendering its successor, so that the crowd does not queue behind that render.
   */
  /** A page drawn for someone signed in, to keep, and her parts of it. */
  record Drawn(Page page, List<byte[]> parts) {}

  record Page(byte[] body, String contentType, String contentLanguage, List<String[]> headers, long expiresAtNanos, long graceNanos) {

    boolean freshAt(long nanos) {
      return nanos - expiresAtNanos < 0;
    }

    boolean usableAt(long nanos) {
      return nanos - (expiresAtNanos + graceNanos) < 0;
    }
  }

  /**
   * The pages, bounded in count and in bytes. Reads take no lock; a write that goes over a bound
   * first drops what is stale, then the pages that go stale soonest.
   */
  static final class Store {

    private final ConcurrentHashMap<String, Page> pages = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final int maxEntries;
    private final long maxBytes;

    Store(int maxEntries, long maxBytes) {
      this.maxEntries = maxEntries;
      this.maxBytes = maxBytes;
    }

    /** The page, fresh or stale for less than its grace period; null if none. */
    Page get(String key, long now) {
      Page page = pages.get(key);
      if (page == null) {
        return null;
      }
      if (page.usableAt(now)) {
        return page;
      }
      if (pages.remove(key, page)) {
        bytes.addAndGet(-page.body().length);
      }
      return null;
    }

    void put(String key, Page page) {
      if (page.body().length > maxBytes || maxEntries <= 0) {
        return;
      }
      Page previous = pages.put(key, page);
      bytes.addAndGet(page.body().length - (previous == null ? 0 : previous.body().length));
      if (pages.size() > maxEntries || bytes.get() > maxBytes) {
        shrink(System.nanoTime());
      }
    }

    private synchronized void shrink(long now) {
      pages.forEach((key, page) -> {
        if (!page.usableAt(now) && pages.remove(key, page)) {
          bytes.addAndGet(-page.body().length);
        }
      });
      while (pages.size() > maxEntries || bytes.get() > maxBytes) {
        var soonest = pages.entrySet().stream().min((a, b) -> Long.compare(a.getValue().expiresAtNanos() - now, b.getValue().expiresAtNanos() - now));
        if (soonest.isEmpty()) {
          return;
        }
        if (pages.remove(soonest.get().getKey(), soonest.get().getValue())) {
          bytes.addAndGet(-soonest.get().getValue().body().length);
        }
      }
    }

    int size() {
      return pages.size();
    }

    long bytes() {
      return bytes.get();
    }
  }

  // ---- the response as it goes out, copied on the side -------------------------------------------

  /**
   * Passes everything through to the real response at once and keeps a copy of the body (up to a
   * bound), of the headers the page set and of any cookie, so the filter can judge afterwards.
   */
  static final class Capture extends HttpServletResponseWrapper {

    private final int limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
    private final CharArrayWriter chars = new CharArrayWriter(16 * 1024);
    final List<String[]> headers = new ArrayList<>();
    private ServletOutputStream stream;
    private PrintWriter writer;
    boolean overflow;
    boolean failed;
    boolean cookieSet;
    String contentLanguage;

    Capture(HttpServletResponse response, int limit) {
      super(response);
      this.limit = limit;
    }

    byte[] body(String encoding) {
      if (chars.size() == 0) {
        return bytes.toByteArray();
      }
      return chars.toString().getBytes(encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding));
    }

    /**
     * What was drawn for someone signed in, if it may be kept: whole, a page answered 200 without a
     * view state, no cookie set, and not said {@code no-store} by the page itself (SecurityHeaders says
     * no-store on her answer, outside or inside these filters as the container orders them; that one
     * does not count). The page is kept {@code ttlNanos} from now and her parts cut from it.
     */
    Optional<Drawn> keptFor(HttpServletRequest request, HttpServletResponse response, String language, long ttlNanos, long graceNanos) {
      String pageCacheControl = headers.stream().filter(h -> h[0].equalsIgnoreCase("Cache-Control")).map(h -> h[1]).findFirst().orElse(null);
      if ("no-store".equals(pageCacheControl) && request.getAttribute(SecurityHeaders.SAID_FOR_HER) != null) {
        pageCacheControl = null;
      }
      if (overflow || failed || !isCacheableResponse(response.getStatus(), response.getContentType(), cookieSet, false, pageCacheControl)) {
        return Optional.empty();
      }
      byte[] body = body(response.getCharacterEncoding());
      return PersonalParts.partsOf(body).map(parts -> new Drawn(new Page(body, response.getContentType(), contentLanguage != null ? contentLanguage : language,
          List.copyOf(headers), System.nanoTime() + ttlNanos, graceNanos), parts));
    }

    void flushCopies() {
      if (writer != null) {
        writer.flush();
      }
      if (chars.size() > 0 && bytes.size() > 0) {
        overflow = true; // both a stream and a writer: too odd to replay
      }
    }

    private boolean room(int more) {
      if (overflow || bytes.size() + chars.size() + more > limit) {
        overflow = true;
        return false;
      }
      return true;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (stream == null) {
        ServletOutputStream real = super.getOutputStream();
        stream = new ServletOutputStream() {
          @Override
          public void write(int b) throws IOException {
            real.write(b);
            if (room(1)) {
              bytes.write(b);
            }
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            real.write(b, off, len);
            if (room(len)) {
              bytes.write(b, off, len);
            }
          }

          @Override
          public void flush() throws IOException {
            real.flush();
          }

          @Override
          public boolean isReady() {
            return real.isReady();
          }

          @Override
          public void setWriteListener(WriteListener listener) {
            failed = true; // asynchronous output is not copied
            real.setWriteListener(listener);
          }
        };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (writer == null) {
        Writer real = super.getWriter();
        writer = new PrintWriter(new Writer() {
          @Override
          public void write(char[] buffer, int off, int len) throws IOException {
            real.write(buffer, off, len);
            if (room(len)) {
              chars.write(buffer, off, len);
            }
          }

          @Override
          public void write(String text, int off, int len) throws IOException {
            real.write(text, off, len);
            if (room(len)) {
              chars.write(text, off, len);
            }
          }

          @Override
          public void flush() throws IOException {
            real.flush();
          }

          @Override
          public void close() throws IOException {
            real.close();
          }
        });
      }
      return writer;
    }

    @Override
    public void addCookie(Cookie cookie) {
      cookieSet = true;
      super.addCookie(cookie);
    }

    @Override
    public void setLocale(Locale locale) {
      contentLanguage = locale == null ? null : locale.toLanguageTag();
      super.setLocale(locale);
    }

    @Override
    public void setHeader(String name, String value) {
      headers.removeIf(h -> h[0].equalsIgnoreCase(name));
      remember(name, value);
      super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
      remember(name, value);
      super.addHeader(name, value);
    }

    @Override
    public void setDateHeader(String name, long date) {
      failed = true; // dates (Expires, Last-Modified) would lie when replayed
      super.setDateHeader(name, date);
    }

    @Override
    public void addDateHeader(String name, long date) {
      failed = true;
      super.addDateHeader(name, date);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      failed = true;
      super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
      failed = true;
      super.sendError(status);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      failed = true;
      super.sendRedirect(location);
    }

    private void remember(String name, String value) {
      if (name == null || value == null) {
        return;
      }
      switch (name.toLowerCase(Locale.ROOT)) {
        case "set-cookie" -> cookieSet = true;
        case "content-language" -> contentLanguage = value;
        case "content-type", "content-length", "date", "x-fairshare-cache", "transfer-encoding", "connection" -> { }
        default -> headers.add(new String[] {name, value});
      }
    }
  }
}
