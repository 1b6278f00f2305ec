package coop.fairshare.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Payara Micro running the built WAR for every test class that only talks to it from outside
 * (pages, the API, webhooks), started by the first such class and stopped when the whole run ends.
 * Payara Micro cannot take a second deployment, so Arquillian starts a new one for each class
 * (20–35 s here, sixteen times a run); these classes never needed a fresh one: each writes its own
 * tagged rows (Fixtures) into the one database the run shares anyway, and the app keeps no business
 * state in memory. Classes that run inside the app or give it their own settings (a mail server's
 * port, a class added to the WAR) still use Arquillian.
 *
 * <p>It is started as Arquillian's connector starts it (arquillian.xml: the same JVM options,
 * pre-boot commands, no cluster), with the environment failsafe gives the test JVM.
 */
final class SharedApp implements BeforeAllCallback {

  private static final Path LOG = Path.of("target/it-shared-payara.log");
  private static volatile URL address;

  /** Where the running app answers: {@code http://localhost:port/fairshare/}. */
  static URL address() {
    if (address == null) {
      throw new IllegalStateException("SharedApp has not started: annotate the class with @ExtendWith(SharedApp.class)");
    }
    return address;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    // the root store closes what it keeps when the whole run ends (before the database stops)
    context.getRoot().getStore(ExtensionContext.Namespace.create(SharedApp.class))
        .getOrComputeIfAbsent(Running.class, k -> Running.start(), Running.class);
  }

  private record Running(Process process) implements ExtensionContext.Store.CloseableResource {

    static Running start() {
      int port;
      try (ServerSocket free = new ServerSocket(0)) {
        port = free.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Path war = Path.of(System.getProperty("fairshare.war", "target/fairshare.war"));
      if (!Files.isRegularFile(war)) {
        throw new IllegalStateException("the WAR is missing: " + war + " (run mvn verify, which packages it first)");
      }
      List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx512m", "-Duser.timezone=Asia/Bangkok", "-Djava.io.tmpdir=target",
          "-jar", "target/payara-micro.jar", "--deploy", war.toString(), "--port", Integer.toString(port),
          "--nocluster", "--nohostaware", "--prebootcommandfile", "src/main/payara/pre-boot-commands.asadmin");
      Process process;
      try {
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(LOG.toFile()).start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Running running = new Running(process);
      // a run stopped half-way (Ctrl-C, a killed fork) must not leave it listening
      Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "shared-payara-stop"));
      // MicroProfile Health answers at the server's root, beside the app
      URI ready = URI.create("http://localhost:" + port + "/health/ready");
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      Instant deadline = Instant.now().plusSeconds(300);
      while (true) {
        if (!process.isAlive()) {
          throw new IllegalStateException("Payara Micro ended while starting (exit " + process.exitValue() + "):\n" + tailOfLog());
        }
        if (Instant.now().isAfter(deadline)) {
          running.close();
          throw new IllegalStateException("Payara Micro was not ready within 300 s:\n" + tailOfLog());
        }
        try {
          HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
          if (answer.statusCode() == 200) {
            address = URI.create("http://localhost:" + port + "/fairshare/").toURL();
            return running;
          }
        } catch (IOException e) {
          // not listening yet
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          running.close();
          throw new IllegalStateException("interrupted while Payara Micro started", e);
        }
        try {
          Thread.sleep(250);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          running.close();
          throw new IllegalStateException("interrupted while Payara Micro started", e);
        }
      }
    }

    @Override
    public void close() {
      address = null;
      process.destroy();
      try {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }

    private static String tailOfLog() {
      try {
        List<String> lines = new String(Files.readAllBytes(LOG), StandardCharsets.UTF_8).lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
      } catch (IOException e) {
        return "(no log at " + LOG + ")";
      }
    }
  }
}
