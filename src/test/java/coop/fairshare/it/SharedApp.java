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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * One Payara Micro running the built WAR for every test class that only talks to it from outside
 * (pages, the API, webhooks, mails), started by the first such class and stopped when the whole run
 * ends. Payara Micro cannot take a second deployment, so Arquillian starts a new one for each class
 * (20–35 s here, sixteen times a run); these classes never needed a fresh one: each writes its own
 * tagged rows (Fixtures) into the one database the run shares anyway, and the app keeps no business
 * state in memory. Classes that run inside the app or add a class to the WAR still use Arquillian.
 *
 * <p>It is started as Arquillian's connector starts it, with the options read from arquillian.xml
 * (one place for both) and the environment failsafe gives the test JVM, plus a mail server of its
 * own ({@link TestMailServer}) with the retry sweep every second, so a mail server that comes back
 * is found at once.
 */
final class SharedApp implements BeforeAllCallback {

  private static final Path LOG = Path.of("target/it-shared-payara.log");
  private static final Path ARQUILLIAN_XML = Path.of("src/test/resources/arquillian.xml");
  private static final Duration STARTUP = Duration.ofSeconds(300);
  private static final TestMailServer MAIL = new TestMailServer();
  private static volatile URL address;

  /** Where the running app answers: {@code http://localhost:port/fairshare/}. */
  static URL address() {
    if (address == null) {
      throw new IllegalStateException("SharedApp has not started: annotate the class with @ExtendWith(SharedApp.class)");
    }
    return address;
  }

  /** The mail server the shared app sends to. */
  static TestMailServer mailServer() {
    address();
    return MAIL;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    // the root store closes what it keeps when the whole run ends (before the database stops)
    context.getRoot().getStore(ExtensionContext.Namespace.create(SharedApp.class))
        .getOrComputeIfAbsent(Running.class, k -> Running.start(), Running.class);
  }

  /** Payara Micro's command line as arquillian.xml describes it for the connector: JVM options, the jar, the micro options. */
  static List<String> commandLine(Path war, int port) {
    Map<String, String> settings = arquillianSettings();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(words(settings.get("cmdOptions")));
    // the connector keeps its copies of the WAR under java.io.tmpdir; so does this one (pom.xml: failsafe's argLine)
    command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
    command.addAll(List.of("-jar", settings.getOrDefault("microJar", "target/payara-micro.jar"), "--deploy", war.toString(), "--port", Integer.toString(port)));
    if ("false".equals(settings.get("clusterEnabled"))) {
      command.add("--nocluster");
    }
    command.addAll(words(settings.get("extraMicroOptions")));
    return command;
  }

  private static Map<String, String> arquillianSettings() {
    try {
      Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(ARQUILLIAN_XML.toFile());
      NodeList properties = xml.getElementsByTagName("property");
      Map<String, String> settings = new HashMap<>();
      for (int i = 0; i < properties.getLength(); i++) {
        Element property = (Element) properties.item(i);
        settings.put(property.getAttribute("name"), property.getTextContent().strip());
      }
      return settings;
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalStateException("cannot read " + ARQUILLIAN_XML, e);
    }
  }

  private static List<String> words(String text) {
    return text == null || text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
  }

  private record Running(Process process) implements ExtensionContext.Store.CloseableResource {

    static Running start() {
      Path war = Path.of(System.getProperty("fairshare.war", "target/fairshare.war"));
      if (!Files.isRegularFile(war)) {
        throw new IllegalStateException("the WAR is missing: " + war + " (run mvn verify, which packages it first)");
      }
      int port = freePort();
      MAIL.start();
      ProcessBuilder builder = new ProcessBuilder(commandLine(war, port)).redirectErrorStream(true).redirectOutput(LOG.toFile());
      builder.environment().putAll(Map.of("FAIRSHARE_SMTP_HOST", TestMailServer.HOST, "FAIRSHARE_SMTP_PORT", Integer.toString(TestMailServer.PORT),
          "FAIRSHARE_SMTP_FROM", "Fairshare <shop@fairshare.test>", "FAIRSHARE_MAIL_RETRYSECONDS", "1"));
      Running running;
      try {
        running = new Running(builder.start());
      } catch (IOException e) {
        MAIL.stop();
        throw new UncheckedIOException(e);
      }
      // a run stopped half-way (Ctrl-C, a killed fork) must not leave it listening
      Runtime.getRuntime().addShutdownHook(new Thread(running.process()::destroy, "shared-payara-stop"));
      try {
        running.awaitReady(port);
      } catch (RuntimeException | InterruptedException e) {
        running.close();
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
        throw e instanceof RuntimeException r ? r : new IllegalStateException("interrupted while Payara Micro started", e);
      }
      try {
        address = URI.create("http://localhost:" + port + "/fairshare/").toURL();
      } catch (java.net.MalformedURLException e) {
        throw new IllegalStateException(e);
      }
      return running;
    }

    /** Waits until MicroProfile Health (at the server's root, beside the app) says ready. */
    private void awaitReady(int port) throws InterruptedException {
      URI ready = URI.create("http://localhost:" + port + "/health/ready");
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      Instant deadline = Instant.now().plus(STARTUP);
      while (true) {
        if (!process.isAlive()) {
          throw new IllegalStateException("Payara Micro ended while starting (exit " + process.exitValue() + "):\n" + tailOfLog());
        }
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("Payara Micro was not ready within " + STARTUP.toSeconds() + " s:\n" + tailOfLog());
        }
        try {
          if (http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
            return;
          }
        } catch (IOException e) {
          // not listening yet
        }
        Thread.sleep(250);
      }
    }

    private static int freePort() {
      try (ServerSocket free = new ServerSocket(0)) {
        return free.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      address = null;
      MAIL.stop();
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
