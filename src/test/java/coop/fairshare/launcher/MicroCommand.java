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

/**
 * How the launchers start Payara Micro with the shop: the command line, Payara's own settings
 * before it boots, and the wait until {@code /health/ready} says UP. One place, so the demo, the
 * cluster and the benchmarks start the very same server.
 */
final class MicroCommand {

  /** Payara's own settings for the shop, applied before it boots; Arquillian's Payara reads them too. */
  static final String PRE_BOOT_COMMANDS = "src/main/payara/pre-boot-commands.asadmin";

  private MicroCommand() {}

  /**
   * The command that starts one Payara Micro with the WAR on this HTTP port. Without {@code
   * clusterArgs} the data grid stays off (only the shop's port listens); with them the instance
   * joins its Hazelcast cluster and keeps its web sessions there.
   */
  static List<String> command(Path war, Path micro, int httpPort, String heap, List<String> clusterArgs, List<String> extraDeployments) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + heap));
    // more JVM options for a benchmark's server, e.g. a flight recording started with the JVM (one
    // started later on a running server makes it drop its compiled code: the profile is then of that)
    String options = System.getenv("FAIRSHARE_JAVA_OPTIONS");
    if (options != null && !options.isBlank()) {
      command.addAll(List.of(options.strip().split("\\s+")));
    }
    command.addAll(List.of(
        "-jar", micro.toAbsolutePath().toString(),
        "--deploy", war.toAbsolutePath().toString(),
        "--contextroot", "/",
        "--port", Integer.toString(httpPort),
        "--nohostaware"));
    boolean cluster = clusterArgs != null;
    Path preBoot = Path.of(System.getProperty("fairshare.preBootCommands", PRE_BOOT_COMMANDS));
    if (Files.isRegularFile(preBoot) && cluster) {
      // the settings switch the data grid off, so that only the shop's port listens; a cluster
      // needs it, and web sessions kept in it (web.xml says <distributable/>)
      Path clustered = Files.createTempFile("fairshare-pre-boot", ".asadmin");
      clustered.toFile().deleteOnExit();
      Files.writeString(clustered, Files.readString(preBoot) + "\nset configs.config.server-config.hazelcast-config-specific-configuration.enabled=true"
          + "\nset configs.config.server-config.availability-service.web-container-availability.availability-enabled=true\n");
      preBoot = clustered;
    }
    if (Files.isRegularFile(preBoot)) {
      // the server's own settings (gzip, no Server banner, no metrics, no data grid), the same the tests' Payara gets
      command.addAll(List.of("--prebootcommandfile", preBoot.toAbsolutePath().toString()));
    }
    // more applications beside the shop, each with its own context root (the page benchmark's static page)
    for (String extra : extraDeployments) {
      if (!extra.isBlank()) {
        command.addAll(List.of("--deploy", extra.strip()));
      }
    }
    if (cluster) {
      command.addAll(clusterArgs);
    } else {
      command.add("--nocluster");
    }
    return command;
  }

  /** Waits until the instance answers UP on its readiness check; false if it died or the time ran out. */
  static boolean waitUntilReady(String base, Process payara, Duration limit) throws InterruptedException {
    // HTTP/1.1: no h2c upgrade for the half-started server to trip over
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline && (payara == null || payara.isAlive())) {
      if (ready(client, base)) {
        return true;
      }
      Thread.sleep(500);
    }
    return false;
  }

  static boolean ready(HttpClient client, String base) throws InterruptedException {
    // MicroProfile Health answers 200 with UP only when every check is up (503 otherwise)
    return health(client, base).startsWith("{\"status\":\"UP\"");
  }

  /** What the readiness check says, whatever its status; empty while nothing answers. */
  static String health(HttpClient client, String base) throws InterruptedException {
    try {
      return client.send(HttpRequest.newBuilder(URI.create(base + "/health/ready")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
    } catch (IOException e) {
      return ""; // not listening yet
    }
  }
}
