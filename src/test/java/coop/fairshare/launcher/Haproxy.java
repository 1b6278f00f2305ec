package coop.fairshare.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * HAProxy from Debian's packages in front of the cluster's instances: installed on first use as
 * the other commands install what they need, and configured here.
 */
final class Haproxy {

  private static final Path BINARY = Path.of("/usr/sbin/haproxy");

  private Haproxy() {}

  static Path installed() throws IOException, InterruptedException {
    if (Files.isExecutable(BINARY)) {
      return BINARY;
    }
    Cluster.say("installing HAProxy from Debian's packages");
    String sudo = "root".equals(System.getProperty("user.name")) ? "" : "sudo ";
    Process install = new ProcessBuilder("bash", "-c", sudo + "apt-get update -qq && DEBIAN_FRONTEND=noninteractive " + sudo + "apt-get install -y -qq haproxy")
        .inheritIO().start();
    if (install.waitFor() != 0 || !Files.isExecutable(BINARY)) {
      throw new IllegalStateException("could not install HAProxy (apt-get install haproxy)");
    }
    return BINARY;
  }

  /**
   * Round robin over the instances that answer {@code /health/ready}, checked every second (two
   * failures take an instance out, two successes bring it back). A visitor stays on the instance
   * that served her first (a cookie HAProxy sets and strips again, so the shop never sees it and
   * its anonymous page cache is not bypassed); when that instance is gone she is sent to another,
   * which finds her session in the cluster's data grid. A request that cannot reach an instance
   * at all is tried once more on another ({@code redispatch}); one an instance accepted and then
   * died on is not, since it may have changed something.
   */
  static String config(int port, List<Map.Entry<String, Integer>> instances) {
    StringBuilder config = new StringBuilder("""
        global
          maxconn 4096

        defaults
          mode http
          timeout connect 2s
          timeout client 60s
          timeout server 60s
          timeout http-request 10s
          retries 2
          option redispatch 1
          option forwardfor

        frontend shop
          bind 127.0.0.1:%d
          default_backend instances

        backend instances
          balance roundrobin
          option httpchk GET /health/ready
          http-check expect status 200
          default-server inter 1s fall 2 rise 2
          cookie FAIRSHARE_NODE insert indirect nocache httponly
        """.formatted(port));
    for (Map.Entry<String, Integer> instance : instances) {
      config.append("  server ").append(instance.getKey()).append(" 127.0.0.1:").append(instance.getValue())
          .append(" check cookie ").append(instance.getKey()).append('\n');
    }
    return config.toString();
  }
}
