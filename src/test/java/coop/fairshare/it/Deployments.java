package coop.fairshare.it;

import java.io.File;
import java.net.URI;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The integration tests deploy the very WAR that {@code mvn package} built. */
final class Deployments {

  private Deployments() {}

  static WebArchive builtWar() {
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
