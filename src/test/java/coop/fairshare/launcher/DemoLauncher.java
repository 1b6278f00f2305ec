package coop.fairshare.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code mvn -Prun}: starts Fairshare with its demo data on this machine. An embedded MariaDB
 * (kept in {@code data/}) unless FAIRSHARE_DB_URL points at another server, then Payara Micro
 * with the WAR, then waits until the shop is ready and says where it is.
 */
public final class DemoLauncher {

  private DemoLauncher() {}

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    Path dataDir = Path.of(System.getProperty("fairshare.dataDir", "data")).toAbsolutePath();
    int httpPort = Integer.parseInt(env("FAIRSHARE_HTTP_PORT", System.getProperty("fairshare.http.port", "8080")));
    int dbPort = Integer.parseInt(env("FAIRSHARE_EMBEDDED_DB_PORT", "3307"));
    Path war = Path.of(System.getProperty("fairshare.war", "target/fairshare.war"));
    Path micro = Path.of(System.getProperty("fairshare.payaraMicroJar", "target/payara-micro.jar"));
    if (!Files.isRegularFile(war) || !Files.isRegularFile(micro)) {
      throw new IllegalStateException("build first: " + war + " and " + micro + " are needed (mvn -Prun does it)");
    }

    String dbUrl = System.getenv("FAIRSHARE_DB_URL");
    EmbeddedMariaDb embedded = null;
    if (dbUrl == null || dbUrl.isBlank()) {
      System.out.println("[fairshare] starting the embedded MariaDB on port " + dbPort + ", data in " + dataDir);
      embedded = EmbeddedMariaDb.start(dataDir, dbPort);
      dbUrl = embedded.jdbcUrl();
    } else {
      System.out.println("[fairshare] using the MariaDB at " + dbUrl);
    }

    boolean cluster = "true".equals(System.getenv("FAIRSHARE_CLUSTER"));
    List<String> command = MicroCommand.command(war, micro, httpPort, env("FAIRSHARE_HEAP", "512m"),
        cluster ? List.of() : null, List.of(env("FAIRSHARE_EXTRA_DEPLOY", "").split(",")));
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    Map<String, String> environment = builder.environment();
    environment.put("FAIRSHARE_DB_URL", dbUrl);
    environment.putIfAbsent("FAIRSHARE_DB_USER", EmbeddedMariaDb.USER);
    environment.putIfAbsent("FAIRSHARE_DB_PASSWORD", EmbeddedMariaDb.PASSWORD);
    environment.putIfAbsent("FAIRSHARE_DEMO", "true");
    // the demo takes the cooperative's own PromptPay QR out of the box (a made-up mobile number);
    // card and Stripe's PromptPay appear only when real Stripe test keys are given (README)
    environment.putIfAbsent("FAIRSHARE_PROMPTPAY_ID", "0812345678");
    System.out.println("[fairshare] starting Payara Micro on port " + httpPort);
    Process payara = builder.start();

    EmbeddedMariaDb database = embedded;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      payara.destroy();
      try {
        payara.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (database != null) {
        database.close();
      }
    }));

    String base = "http://localhost:" + httpPort;
    if (MicroCommand.waitUntilReady(base, payara, Duration.ofMinutes(5))) {
      long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
      System.out.println();
      System.out.println("==============================================================");
      System.out.println(" Fairshare is ready after " + seconds + " s:  " + base + "/");
      System.out.println(" Demo logins (password for all: fairshare-demo):");
      System.out.println("   shopper    - a shopper");
      System.out.println("   producer   - leader of producer group 1 (producer2: group 7)");
      System.out.println("   treasurer  - the network's treasurer (treasurer2: a second one, for two approvals)");
      System.out.println("   admin      - the cooperative's office");
      System.out.println("   member     - a member of group 1: her savings, earnings and welfare fund");
      System.out.println(" API: " + base + "/api/products   Health: " + base + "/health/ready   OpenAPI: " + base + "/openapi");
      System.out.println(" Stop with Ctrl+C. Data is kept in " + dataDir);
      System.out.println("==============================================================");
    } else {
      System.out.println("[fairshare] the shop did not become ready; see the log above");
    }
    int exit = payara.waitFor();
    System.exit(exit);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
