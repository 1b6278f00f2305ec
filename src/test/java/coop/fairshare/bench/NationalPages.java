package coop.fairshare.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app started on the national network ({@code launcher/DemoLauncher} in its own JVM, demo data
 * off, pointed at the bench's MariaDB), and its pages timed: 8 users at once, each with its own
 * signed-in session, each asking again as soon as it has its answer. Signed-in pages are rendered
 * afresh for every request (the anonymous page cache never serves them).
 */
final class NationalPages {

  private static final String PASSWORD = "fairshare-demo";
  private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final String dbUrl;
  private final int httpPort;
  private final NationalDataSet data;
  private final int users = Integer.getInteger("national.users", 8);
  private final int seconds = Integer.getInteger("national.seconds", 15);
  /** Seconds each page is served in a warm-up pass before any page is measured. */
  private final int warmSeconds = Integer.getInteger("national.warmup", 4);
  /**
   * The least the warm-up lasts, in passes over the pages: on these two cores the JIT goes on
   * compiling a render's code for minutes under load (a page served alone reached its steady rate
   * only after two to three minutes), so a run of a few pages (-Dnational.only) is warmed as long
   * as a run of all of them.
   */
  private final int warmTotalSeconds = Integer.getInteger("national.warmupTotal", 120);
  private final String base;
  private final List<String> table = new ArrayList<>();
  /**
   * Who asks: {@code wrk} (Debian's, as the page benchmark), when installed, unless
   * -Dnational.client=java. The Java client (eight threads of java.net.http decoding every answer
   * into a String) ran on the same two cores as the app and MariaDB and took a share of them: it
   * timed the client as well as the server (on the cached pages wrk is answered twice as often) (README, "A lighter client"). Each wrk connection carries
   * one user's session cookie.
   */
  private final boolean wrk = !"java".equals(System.getProperty("national.client", "wrk")) && wrkInstalled();
  /** Where each page's addresses go on from, so the measure never asks again what its warm-up asked. */
  private final Map<String, Integer> asked = new ConcurrentHashMap<>();

  NationalPages(String dbUrl, int httpPort, NationalDataSet data) {
    this.dbUrl = dbUrl;
    this.httpPort = httpPort;
    this.data = data;
    this.base = "http://127.0.0.1:" + httpPort;
  }

  void run() throws Exception {
    Process app = startApp();
    try {
      waitUntilReady(app);
      table.add("| page | p50 | p99 | slowest | requests | errors | notes |");
      table.add("|---|---|---|---|---|---|---|");
      String only = System.getProperty("national.only", "");
      String thai = URLEncoder.encode("ผ้าไหม", StandardCharsets.UTF_8);
      String chili = URLEncoder.encode("น้ำพริก", StandardCharsets.UTF_8);
      // a kind and a colour: 694 products hold both, so every match is read and the page cut from them
      String mudmee = URLEncoder.encode("มัดหมี่ คราม", StandardCharsets.UTF_8);
      List<PageLoad> pages = new ArrayList<>();
      page(pages, only, "catalog (guest, cached)", null, i -> "/catalog/index.xhtml", "the anonymous page cache");
      page(pages, only, "catalog (shopper)", "shopper", i -> "/catalog/index.xhtml", "the page kept for everyone, her own parts put in");
      page(pages, only, "Thai search ผ้าไหม (shopper)", "shopper", i -> "/catalog/index.xhtml?q=" + thai, "the same search: kept after the first");
      page(pages, only, "Thai search น้ำพริก, page 3 (shopper)", "shopper", i -> "/catalog/index.xhtml?q=" + chili + "&page=3", "the same");
      // a different lowest price each time: every answer is a search of its own, never a kept page
      page(pages, only, "Thai search ผ้าไหม, searched afresh (shopper)", "shopper", i -> "/catalog/index.xhtml?q=" + thai + "&min=" + (1 + i % 999), "a different lowest price each time");
      page(pages, only, "Thai search น้ำพริก, page 3, searched afresh (shopper)", "shopper", i -> "/catalog/index.xhtml?q=" + chili + "&page=3&min=" + (1 + i % 999), "the same");
      page(pages, only, "Thai search มัดหมี่ คราม, page 3, searched afresh (shopper)", "shopper", i -> "/catalog/index.xhtml?q=" + mudmee + "&page=3&min=" + (1 + i % 999),
          "two words, 694 products hold both: all read, the page cut from them");
      page(pages, only, "product page (shopper)", "shopper", i -> "/catalog/product.xhtml?id=" + (1 + (i * 7919L) % data.products), "a different product each time");
      page(pages, only, "group's sales, year (producer)", "producer", i -> "/producer/sales.xhtml", "group 1: 100 members");
      page(pages, only, "group's sales, all (producer)", "producer", i -> "/producer/sales.xhtml?period=ALL", "");
      page(pages, only, "passbook (member)", "member", i -> "/savings/mine.xhtml", "");
      page(pages, only, "chart of accounts (treasurer)", "treasurer", i -> "/treasurer/accounts.xhtml", "");
      page(pages, only, "trial balance (treasurer)", "treasurer", i -> "/treasurer/trial-balance.xhtml", "");
      page(pages, only, "journal browser (treasurer)", "treasurer", i -> "/treasurer/journal.xhtml", "");
      page(pages, only, "journal browser, page 500 (treasurer)", "treasurer", i -> "/treasurer/journal.xhtml?page=500", "");
      page(pages, only, "journal of one account (treasurer)", "treasurer", i -> "/treasurer/journal.xhtml?account=3000", "the cooperative fund: 1M lines");
      // every other page a treasurer opens, each reading a page of the network, never all of it
      page(pages, only, "treasurer's landing (treasurer)", "treasurer", i -> "/treasurer/?page=" + (i % 200), "50 groups a page, a different page each time");
      page(pages, only, "groups directory (guest)", null, i -> "/groups/?region=NORTH&page=" + (i % 30), "48 a page of a region");
      page(pages, only, "payouts, owed (treasurer)", "treasurer", i -> "/treasurer/payouts.xhtml?page=" + (i % 100), "50 payable accounts a page, their ageing: pages 1-100 in turn");
      // 2,200 pages of 50: numbered across the warm-up and the measure (whose own count starts again),
      // none is asked for twice until 2,000 have been, so each is drawn afresh
      AtomicInteger owedPages = new AtomicInteger();
      page(pages, only, "payouts, owed, each page new (treasurer)", "treasurer", i -> "/treasurer/payouts.xhtml?page=" + (owedPages.incrementAndGet() * 7L % 2_000),
          "pages 1-2,000 by number, none asked for twice");
      // as the pager's "next" asks: after the last account of the page before, anywhere in the list
      AtomicInteger owedAfter = new AtomicInteger();
      page(pages, only, "payouts, owed, next pages (treasurer)", "treasurer", i -> {
        long k = owedAfter.incrementAndGet() * 7919L % 1_000_000;
        return "/treasurer/payouts.xhtml?page=1&after=2100-N" + (char) ('A' + k / 100_000) + "-" + String.format(Locale.ROOT, "%06d", k % 100_000);
      }, "after a maker's account code, none asked for twice");
      page(pages, only, "payouts, one group found (treasurer)", "treasurer", i -> "/treasurer/payouts.xhtml?q=" + groupCode(i), "by the group's code");
      page(pages, only, "payees (treasurer)", "treasurer", i -> "/treasurer/payees.xhtml?payee=group-" + (1 + i % data.groups), "the payee's code typed, not a menu");
      page(pages, only, "member register (treasurer)", "treasurer", i -> "/member/?page=" + (i % 200), "50 a page, counted to 10,000");
      page(pages, only, "member register, one group (treasurer)", "treasurer", i -> "/member/?group=" + groupCode(i), "");
      page(pages, only, "member register, a number (treasurer)", "treasurer", i -> "/member/?q=NA-" + String.format(Locale.ROOT, "%05d", i % 10_000), "numbers that start so, by the number's index");
      page(pages, only, "savings accounts of a group (treasurer)", "treasurer", i -> "/savings/accounts.xhtml?group=" + groupCode(i), "100 members");
      page(pages, only, "savings arrears of a group (treasurer)", "treasurer", i -> "/savings/arrears.xhtml?group=" + groupCode(i), "");
      page(pages, only, "savings totals (treasurer)", "treasurer", i -> "/savings/totals.xhtml?page=" + (i % 200), "the latest kept count: regions and 50 groups a page");
      page(pages, only, "welfare reports (treasurer)", "treasurer", i -> "/welfare/reports.xhtml", "the fund's money in by source this year");
      // the server as it is after some minutes up: every page served a while before any is measured (JIT, pools, caches)
      long warmUntil = System.nanoTime() + Duration.ofSeconds(warmTotalSeconds).toNanos();
      do {
        for (PageLoad load : pages) {
          warm(load, Duration.ofSeconds(warmSeconds));
        }
      } while (warmSeconds > 0 && !pages.isEmpty() && System.nanoTime() < warmUntil);
      for (PageLoad load : pages) {
        measure(load.name(), load.username(), load.path(), load.note());
      }
      System.out.println();
      System.out.printf(Locale.ROOT, "%d users at once, %d s a page after a warm-up (every page %d s a pass, passes for at least %d s, then 5 s before its own measure), on %,d members, %,d groups, %,d products, %,d journal lines%n",
          users, seconds, warmSeconds, warmTotalSeconds, data.members, data.groups, data.products, data.lines);
      table.forEach(System.out::println);
      if (only.isEmpty() || only.contains("interest")) {
        interestRun();
      }
    } finally {
      app.destroy();
      app.waitFor();
    }
  }

  private Process startApp() throws IOException {
    String classpath = "target/test-classes" + java.io.File.pathSeparator + "target/classes" + java.io.File.pathSeparator
        + Files.readString(Path.of(System.getProperty("national.classpath", "target/national/classpath.txt"))).strip();
    Path log = Path.of("target/national/app.log");
    Files.createDirectories(log.getParent());
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
        "-Dfairshare.war=" + System.getProperty("national.war", "target/fairshare.war"),
        "-Dfairshare.payaraMicroJar=" + System.getProperty("national.payaraMicroJar", "target/payara-micro.jar"),
        "-Dfairshare.dataDir=target/national/app-data",
        "coop.fairshare.launcher.DemoLauncher").redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("FAIRSHARE_DB_URL", dbUrl);
    env.put("FAIRSHARE_HTTP_PORT", Integer.toString(httpPort));
    env.put("FAIRSHARE_DEMO", "false");
    // the heap the page benchmark gives a serving instance (WRK_HEAP)
    env.put("FAIRSHARE_HEAP", System.getProperty("national.heap", "2g"));
    System.out.println("[national] starting the app on port " + httpPort + " (log: " + log + ")");
    return builder.start();
  }

  private void waitUntilReady(Process app) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long t0 = System.nanoTime();
    while (System.nanoTime() - t0 < Duration.ofMinutes(6).toNanos()) {
      if (!app.isAlive()) {
        throw new IllegalStateException("the app stopped; see target/national/app.log");
      }
      try {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/health/ready")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("UP")) {
          System.out.printf(Locale.ROOT, "[national] the app is ready after %.0f s%n", (System.nanoTime() - t0) / 1e9);
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("the app did not become ready in 6 minutes; see target/national/app.log");
  }

  /** A client with its own session, signed in on the login page as a person would (or a guest for null). */
  private HttpClient session(String username) throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    if (username == null) {
      return client;
    }
    // HTTP Basic once: the mechanism keeps the caller in the session (SignInMechanism.SignedIn), the cookie carries it after
    HttpResponse<String> first = client.send(HttpRequest.newBuilder(URI.create(base + "/index.xhtml"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .build(), HttpResponse.BodyHandlers.ofString());
    if (first.statusCode() != 200) {
      throw new IllegalStateException("could not sign in as " + username + ": " + first.statusCode());
    }
    return client;
  }

  /** A group's code in the national network (NAT-00001 to NAT-10000), a different one for each request. */
  private String groupCode(int i) {
    return String.format(Locale.ROOT, "NAT-%05d", 1 + (i * 7919L) % data.groups);
  }

  /** A page to measure: who asks, and the address of her i-th request. */
  private record PageLoad(String name, String username, IntFunction<String> path, String note) {}

  private static void page(List<PageLoad> pages, String only, String name, String username, IntFunction<String> path, String note) {
    if (only.isEmpty() || Arrays.stream(only.split(",")).anyMatch(o -> name.toLowerCase(Locale.ROOT).contains(o.strip().toLowerCase(Locale.ROOT)))) {
      pages.add(new PageLoad(name, username, path, note));
    }
  }

  /** The page served to the users for a while, nothing recorded. */
  private void warm(PageLoad load, Duration length) throws Exception {
    if (length.isZero()) {
      return;
    }
    List<HttpClient> clients = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      clients.add(session(load.username()));
    }
    if (wrk) {
      wrk(load, clients, length);
    } else {
      run(clients, load.path(), length, null);
    }
  }

  private void measure(String name, String username, IntFunction<String> path, String note) throws Exception {
    List<HttpClient> clients = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      clients.add(session(username));
    }
    // the page must answer as the role sees it, not with the login page or an error
    try {
      HttpResponse<String> check = clients.get(0).send(HttpRequest.newBuilder(URI.create(base + path.apply(0))).timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
      if (check.statusCode() != 200 || check.body().contains("j_username") || check.body().contains("id=\"login")) {
        System.out.println("[national] " + name + ": " + check.statusCode() + " " + check.body().substring(0, Math.min(300, check.body().length())));
      }
    } catch (IOException e) {
      System.out.println("[national] " + name + ": the first request failed: " + e);
    }
    if (wrk) {
      PageLoad load = new PageLoad(name, username, path, note);
      wrk(load, clients, Duration.ofSeconds(Math.min(5, seconds)));
      WrkTiming t = wrk(load, clients, Duration.ofSeconds(seconds));
      String row = String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %,.0f ms | %,d | %d | %s |", name, t.p50(), t.p99(), t.slowest(), t.requests(), t.errors(), note);
      table.add(row);
      System.out.println("[national] " + row);
      return;
    }
    run(clients, path, Duration.ofSeconds(Math.min(5, seconds)), null);
    List<Long> nanos = new ArrayList<>();
    AtomicInteger errors = new AtomicInteger();
    Map<String, Integer> kinds = new ConcurrentHashMap<>();
    run(clients, path, Duration.ofSeconds(seconds), new Recorder(nanos, errors, kinds));
    if (!kinds.isEmpty()) {
      note = (note.isEmpty() ? "" : note + "; ") + "errors " + kinds;
    }
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    String row = String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %,.0f ms | %,d | %d | %s |", name, pct(sorted, 0.50), pct(sorted, 0.99), pct(sorted, 1.0), sorted.length,
        errors.get(), note);
    table.add(row);
    System.out.println("[national] " + row);
  }

  private record Recorder(List<Long> nanos, AtomicInteger errors, Map<String, Integer> kinds) {}

  private void run(List<HttpClient> clients, IntFunction<String> path, Duration length, Recorder recorder) throws InterruptedException {
    long end = System.nanoTime() + length.toNanos();
    AtomicLong counter = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    Map<Integer, List<Long>> perThread = new ConcurrentHashMap<>();
    for (int u = 0; u < clients.size(); u++) {
      HttpClient client = clients.get(u);
      int user = u;
      List<Long> mine = new ArrayList<>();
      perThread.put(user, mine);
      Thread t = new Thread(() -> {
        while (System.nanoTime() < end) {
          int i = (int) counter.incrementAndGet();
          long t0 = System.nanoTime();
          try {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path.apply(i))).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - t0;
            if (recorder != null) {
              if (r.statusCode() == 200) {
                mine.add(took);
              } else {
                recorder.errors().incrementAndGet();
                recorder.kinds().merge(Integer.toString(r.statusCode()), 1, Integer::sum);
              }
            }
          } catch (IOException e) {
            if (recorder != null) {
              recorder.errors().incrementAndGet();
              recorder.kinds().merge(e.getClass().getSimpleName(), 1, Integer::sum);
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    if (recorder != null) {
      perThread.values().forEach(recorder.nanos()::addAll);
    }
  }

  private static boolean wrkInstalled() {
    try {
      Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      p.waitFor();
      return true;
    } catch (IOException e) {
      System.out.println("[national] wrk is not installed (apt-get install wrk): timing with the Java client");
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * p50, p99 and the slowest answer in ms, the requests answered, and those that failed (no answer,
   * or 400 and up). wrk fills in the answers a slow one kept waiting (coordinated omission), so one
   * answer of seconds lifts its p99 to seconds: the slowest tells such a stall from a slow page.
   */
  private record WrkTiming(double p50, double p99, double slowest, long requests, long errors) {}

  /** As many addresses as a page is asked for in a measure, at most: the cached pages cycle through them. */
  private static final int WRK_PATHS = 20_000;

  /**
   * The page asked by wrk, one connection a user with her session's cookie, each asking again as
   * soon as answered: the addresses are the page's own, numbered on from the last ones asked
   * (written to a file the script reads; the users take turns along it as the Java client's
   * shared counter did).
   */
  private WrkTiming wrk(PageLoad load, List<HttpClient> clients, Duration length) throws Exception {
    Path dir = Path.of("target/national/wrk");
    Files.createDirectories(dir);
    int from = asked.merge(load.name(), WRK_PATHS, Integer::sum) - WRK_PATHS;
    StringBuilder paths = new StringBuilder();
    for (int i = 1; i <= WRK_PATHS; i++) {
      paths.append(load.path().apply(from + i)).append('\n');
    }
    Files.writeString(dir.resolve("paths.txt"), paths);
    StringBuilder cookies = new StringBuilder();
    for (HttpClient client : clients) {
      java.net.CookieStore store = ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore();
      cookies.append(String.join("; ", store.getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).toList())).append('\n');
    }
    Files.writeString(dir.resolve("cookies.txt"), cookies);
    Path script = dir.resolve("pages.lua");
    Files.writeString(script, WRK_SCRIPT);
    ProcessBuilder builder = new ProcessBuilder("wrk", "-t" + clients.size(), "-c" + clients.size(), "-d" + length.toSeconds() + "s", "--timeout", "60s",
        "-s", script.toString(), base).redirectErrorStream(true);
    builder.environment().put("WRK_PATHS", dir.resolve("paths.txt").toString());
    builder.environment().put("WRK_COOKIES", dir.resolve("cookies.txt").toString());
    builder.environment().put("WRK_USERS", Integer.toString(clients.size()));
    Process p = builder.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    Matcher m = Pattern.compile("RESULT requests=(\\d+) p50=([\\d.]+) p99=([\\d.]+) max=([\\d.]+) errors=(\\d+)").matcher(out);
    if (!m.find()) {
      throw new IllegalStateException("wrk said: " + out);
    }
    return new WrkTiming(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)), Long.parseLong(m.group(1)), Long.parseLong(m.group(5)));
  }

  /** Each thread one connection, one user's cookie; errors are answers of 400 and up and failed requests (a login page would be the check's). */
  private static final String WRK_SCRIPT = """
      local paths = {}
      for line in io.lines(os.getenv("WRK_PATHS")) do paths[#paths + 1] = line end
      local cookies = {}
      for line in io.lines(os.getenv("WRK_COOKIES")) do cookies[#cookies + 1] = line end
      local users = tonumber(os.getenv("WRK_USERS"))
      local made = 0
      function setup(thread)
        made = made + 1
        thread:set("me", made)
      end
      function init(args)
        j = me - 1
        local cookie = cookies[(me - 1) % #cookies + 1]
        headers = {}
        if cookie ~= nil and cookie ~= "" then headers["Cookie"] = cookie end
      end
      function request()
        local p = paths[j % #paths + 1]
        j = j + users
        return wrk.format("GET", p, headers)
      end
      function done(summary, latency, requests)
        local e = summary.errors
        io.write(string.format("RESULT requests=%d p50=%.2f p99=%.2f max=%.2f errors=%d\\n", summary.requests, latency:percentile(50) / 1000,
          latency:percentile(99) / 1000, latency.max / 1000, e.connect + e.read + e.write + e.status + e.timeout))
      end
      """;

  private static double pct(long[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
  }

  /** One interest run over every account of the network's savings product, through the app's REST API and its background worker. */
  private void interestRun() throws Exception {
    long product;
    int accounts;
    try (Connection c = DriverManager.getConnection(dbUrl, coop.fairshare.launcher.EmbeddedMariaDb.USER, coop.fairshare.launcher.EmbeddedMariaDb.PASSWORD);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT p.id, COUNT(a.id) FROM savings_product p JOIN savings_account a ON a.product_id = p.id WHERE p.name_en = 'Network savings' GROUP BY p.id")) {
      r.next();
      product = r.getLong(1);
      accounts = r.getInt(2);
    }
    String period = YearMonth.now().minusMonths(1).toString();
    HttpClient client = HttpClient.newHttpClient();
    String auth = "Basic " + Base64.getEncoder().encodeToString(("treasurer:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    long t0 = System.nanoTime();
    HttpResponse<String> started = client.send(HttpRequest.newBuilder(URI.create(base + "/api/savings/interest-runs")).header("Authorization", auth)
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"productId\":" + product + ",\"period\":\"" + period + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
    if (started.statusCode() != 202) {
      System.out.println("[national] interest run refused: " + started.statusCode() + " " + started.body());
      return;
    }
    Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(started.body());
    id.find();
    String state = "";
    String body = "";
    while (!state.equals("DONE") && !state.equals("FAILED") && System.nanoTime() - t0 < Duration.ofMinutes(40).toNanos()) {
      Thread.sleep(5000);
      body = client.send(HttpRequest.newBuilder(URI.create(base + "/api/savings/interest-runs/" + id.group(1))).header("Authorization", auth)
          .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString()).body();
      Matcher m = Pattern.compile("\"state\"\\s*:\\s*\"(\\w+)\"").matcher(body);
      state = m.find() ? m.group(1) : "?";
      System.out.println("[national] interest run: " + body);
    }
    double took = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "[national] interest run for %s over %,d accounts: %s in %.0f s (%,.0f accounts/s): %s%n", period, accounts, state, took, accounts / took, body);
  }
}
