package coop.fairshare.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code mvn -Pcluster}: Fairshare with its demo data as it runs on several machines, here on
 * this one over loopback: HAProxy on port 8080 in front of two Payara Micro instances (8181, 8182)
 * in one Hazelcast cluster, a MariaDB primary (3317) and its replica (3318). Data is kept in
 * {@code data-cluster/} ({@code -Dfairshare.dataDir=...}). Ctrl+C stops it all.
 */
public final class ClusterLauncher {

  private ClusterLauncher() {}

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    Path folder = Path.of(System.getProperty("fairshare.dataDir", "data-cluster")).toAbsolutePath();
    Path war = Path.of(System.getProperty("fairshare.war", "target/fairshare.war"));
    Path micro = Path.of(System.getProperty("fairshare.payaraMicroJar", "target/payara-micro.jar"));
    EmbeddedMariaDb.keepEvenUnderTheTemporaryDirectory(folder, folder.resolve("primary").resolve("mariadb-data"));
    Map<String, String> environment = new HashMap<>();
    environment.put("FAIRSHARE_DEMO", "true");
    environment.put("FAIRSHARE_PROMPTPAY_ID", "0812345678");
    // the instances see HAProxy's address; the shopper's is the one it adds to X-Forwarded-For
    environment.put("FAIRSHARE_TRUSTED_PROXIES", "127.0.0.1");
    Cluster cluster = Cluster.start(folder, Cluster.Ports.DEMO, 2, war, micro, environment);
    Runtime.getRuntime().addShutdownHook(new Thread(cluster::close));
    long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
    System.out.println();
    System.out.println("==============================================================");
    System.out.println(" The Fairshare cluster is ready after " + seconds + " s:  " + cluster.base() + "/  (HAProxy)");
    for (Cluster.Instance instance : cluster.instances()) {
      System.out.println("   " + instance.name() + ": " + instance.base() + "/");
    }
    System.out.println(" MariaDB primary " + cluster.primaryUrl() + ", replica " + cluster.replicaUrl());
    System.out.println(" Replica: " + cluster.replicaStatus());
    System.out.println(" Demo logins as with mvn -Prun (password fairshare-demo). Stop with Ctrl+C.");
    System.out.println("==============================================================");
    Thread.currentThread().join();
  }
}
