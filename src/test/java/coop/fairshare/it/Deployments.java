package coop.fairshare.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.net.URI;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The integration tests deploy the very WAR that {@code mvn package} built. */
final class Deployments {

  private Deployments() {}

  /** The system properties file Payara Micro reads at its start (arquillian.xml, --systemproperties). */
  private static final Path PAYARA_PROPERTIES = Path.of("target/it-payara.properties");

  static WebArchive builtWar() {
    return builtWar(Map.of());
  }

  /**
   * The WAR, for a Payara Micro started with these system properties (MicroProfile Config reads
   * them, e.g. {@code fairshare.smtp.port} for a mail server the test started on a free port). Each
   * test class writes the file before its Payara starts, so no class inherits another's settings.
   */
  static WebArchive builtWar(Map<String, String> systemProperties) {
    Properties properties = new Properties();
    properties.putAll(systemProperties);
    try (Writer out = Files.newBufferedWriter(PAYARA_PROPERTIES, StandardCharsets.UTF_8)) {
      properties.store(out, "written by Deployments.builtWar for the next Payara Micro the tests start");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    File war = new File(System.getProperty("fairshare.war", "target/fairshare.war"));
    if (!war.isFile()) {
      throw new IllegalStateException("the WAR is missing: " + war + " (run mvn verify, which packages it first)");
    }
    return ShrinkWrap.create(ZipImporter.class, "fairshare.war").importFrom(war).as(WebArchive.class);
  }

  /**
   * Arquillian hands out the machine's own address; tests talk to loopback only, like a developer
   * on this machine would.
   */
  static URI onLoopback(URL deployed) {
    URI uri = URI.create(deployed.toString());
    String path = uri.getPath().endsWith("/") ? uri.getPath() : uri.getPath() + "/";
    return URI.create("http://localhost:" + uri.getPort() + path);
  }
}
