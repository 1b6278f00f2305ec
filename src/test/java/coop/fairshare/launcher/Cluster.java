package coop.fairshare.launcher;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fairshare as it runs on several machines, here on one over loopback: a MariaDB primary that
 * takes every write and a replica that follows it by its binary log (GTID), two Payara Micro
 * instances of the same WAR in one Hazelcast cluster (Payara's own: web sessions are kept in it),
 * and HAProxy from Debian in front, round robin, health-checked on {@code /health/ready}. Each
 * part is a real engine started as its own process, so a test can kill one with SIGKILL.
 */
public final class Cluster implements AutoCloseable {

  /** The loopback ports: HAProxy's, the first instance's (the next ones follow), the two servers', Hazelcast's first. */
  public record Ports(int balancer, int firstApp, int primary, int replica, int dataGrid) {

    public static final Ports DEMO = new Ports(8080, 8181, 3317, 3318, 5910);

    int app(int index) {
      return firstApp + index;
    }
  }

  static final String REPLICATOR = "replicator";
  private static final String REPLICATOR_PASSWORD = "replicator-on-loopback";

  private final Path folder;
  private final Ports ports;
  private final Path war;
  private final Path micro;
  private final Map<String, String> appEnvironment;
  private final List<Instance> instances = new ArrayList<>();
  private final EmbeddedMariaDb primary;
  private final EmbeddedMariaDb replica;
  private Process haproxy;

  /** One Payara Micro of the cluster: its name, HTTP port, process (null while down) and log. */
  public static final class Instance {
    final String name;
    final int port;
    final Path log;
    Process process;

    Instance(String name, int port, Path log) {
      this.name = name;
      this.port = port;
      this.log = log;
    }

    public String name() {
      return name;
    }

    public String base() {
      return "http://127.0.0.1:" + port;
    }

    public boolean alive() {
      return process != null && process.isAlive();
    }
  }

  private Cluster(Path folder, Ports ports, Path war, Path micro, Map<String, String> appEnvironment, EmbeddedMariaDb primary, EmbeddedMariaDb replica) {
    this.folder = folder;
    this.ports = ports;
    this.war = war;
    this.micro = micro;
    this.appEnvironment = appEnvironment;
    this.primary = primary;
    this.replica = replica;
  }

  /**
   * Starts the two database servers (replication set up on first start, resumed after), then the
   * instances one after the other (the first migrates and loads the demo data, so the second
   * finds it done), then HAProxy in front of them. The folder keeps the servers' data.
   */
  public static Cluster start(Path folder, Ports ports, int instanceCount, Path war, Path micro, Map<String, String> appEnvironment) throws IOException, InterruptedException {
    Files.createDirectories(folder);
    say("starting the MariaDB primary on port " + ports.primary() + " and its replica on " + ports.replica() + " (data in " + folder + ")");
    EmbeddedMariaDb primary = EmbeddedMariaDb.start(folder.resolve("primary"), ports.primary(), List.of(
        "--server-id=1", "--log-bin=primary-bin", "--binlog-format=ROW", "--log-bin-trust-function-creators=1",
        // every commit on disk before it is answered: a killed primary loses nothing it confirmed
        "--innodb-flush-log-at-trx-commit=1", "--sync-binlog=1"));
    // the replica connects over loopback, which MariaDB may name 127.0.0.1 or localhost; the
    // anonymous users an installation starts with would otherwise shadow the replicator
    primary.runAsRoot("DROP USER IF EXISTS ''@'localhost'; DROP USER IF EXISTS ''@'" + hostName() + "';"
        + " CREATE USER IF NOT EXISTS '" + REPLICATOR + "'@'127.0.0.1' IDENTIFIED BY '" + REPLICATOR_PASSWORD + "';"
        + " CREATE USER IF NOT EXISTS '" + REPLICATOR + "'@'localhost' IDENTIFIED BY '" + REPLICATOR_PASSWORD + "';"
        + " GRANT REPLICATION SLAVE, SLAVE MONITOR ON *.* TO '" + REPLICATOR + "'@'127.0.0.1';"
        + " GRANT REPLICATION SLAVE, SLAVE MONITOR ON *.* TO '" + REPLICATOR + "'@'localhost';");
    EmbeddedMariaDb replica = EmbeddedMariaDb.start(folder.resolve("replica"), ports.replica(), List.of(
        "--server-id=2", "--read-only=1", "--relay-log=replica-relay", "--log-bin-trust-function-creators=1"));
    Cluster cluster = new Cluster(folder, ports, war, micro, appEnvironment, primary, replica);
    try {
      cluster.followPrimary();
      for (int i = 0; i < instanceCount; i++) {
        String name = "app" + (i + 1);
        cluster.instances.add(new Instance(name, ports.app(i), folder.resolve(name + ".log")));
      }
      for (Instance instance : cluster.instances) {
        cluster.startInstance(instance);
      }
      cluster.startBalancer();
      return cluster;
    } catch (IOException | InterruptedException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  /**
   * The replica follows the primary from its first binary log, once (a marker in its folder says
   * so, since its root speaks only over the local socket); after a restart it resumes by itself.
   */
  private void followPrimary() throws IOException {
    Path marker = folder.resolve("replica").resolve("following-primary");
    if (!Files.exists(marker)) {
      replica.runAsRoot("CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=" + ports.primary() + ", MASTER_USER='" + REPLICATOR
          + "', MASTER_PASSWORD='" + REPLICATOR_PASSWORD + "', MASTER_USE_GTID=slave_pos, MASTER_CONNECT_RETRY=1,"
          // plain TCP on loopback: MariaDB 11.4 would otherwise insist on verifying the primary's self-signed certificate
          + " MASTER_SSL=0, MASTER_SSL_VERIFY_SERVER_CERT=0; START SLAVE;");
      Files.writeString(marker, "follows the primary on port " + ports.primary() + "\n");
    }
  }

  /**
   * Starts an instance and waits until it is ready. Payara deploys the shop once, at boot: an
   * instance that boots while MariaDB is down (the primary restarting) comes up without it and
   * stays so. As an orchestrator would, such an instance is stopped and started again.
   */
  public void startInstance(Instance instance) throws IOException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      launch(instance);
      Readiness readiness = awaitReadiness(instance, Duration.ofMinutes(10));
      if (readiness == Readiness.READY) {
        say(instance.name + " is ready");
        return;
      }
      killInstance(instance);
      if (readiness == Readiness.TIMED_OUT || attempt == 5) {
        throw new IllegalStateException(instance.name + " did not become ready; see " + instance.log);
      }
      say(instance.name + " booted without the shop (was the database away?): starting it again");
      Thread.sleep(3000);
    }
  }

  private enum Readiness { READY, BOOTED_WITHOUT_THE_SHOP, TIMED_OUT }

  private Readiness awaitReadiness(Instance instance, Duration limit) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline && instance.alive()) {
      if (MicroCommand.ready(client, instance.base())) {
        return Readiness.READY;
      }
      // Payara answers "no application" while it boots too: only once it says it is ready (it
      // says so whatever became of the deployment) does that answer mean the shop failed to deploy
      if (bootedSinceLaunch(instance) && MicroCommand.health(client, instance.base()).contains("No Application deployed")) {
        return Readiness.BOOTED_WITHOUT_THE_SHOP;
      }
      Thread.sleep(500);
    }
    return instance.alive() ? Readiness.TIMED_OUT : Readiness.BOOTED_WITHOUT_THE_SHOP;
  }

  private static boolean bootedSinceLaunch(Instance instance) {
    try {
      String log = Files.readString(instance.log);
      return log.lastIndexOf(") ready in ") > log.lastIndexOf("[cluster] starting " + instance.name);
    } catch (IOException e) {
      return false;
    }
  }

  private void launch(Instance instance) throws IOException {
    List<String> clusterArgs = List.of(
        "--name", instance.name,
        "--clustername", "fairshare",
        // members find each other over loopback by TCP (no multicast on this machine)
        "--clustermode", "tcpip:" + dataGridMembers(),
        "--startport", Integer.toString(ports.dataGrid()),
        "--interfaces", "127.0.0.1");
    List<String> command = MicroCommand.command(war, micro, instance.port, appEnvironment.getOrDefault("FAIRSHARE_HEAP", "512m"), clusterArgs, List.of());
    Files.writeString(instance.log, "[cluster] starting " + instance.name + "\n", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(instance.log.toFile()));
    Map<String, String> environment = builder.environment();
    environment.putAll(appEnvironment);
    environment.put("FAIRSHARE_DB_URL", primary.jdbcUrl());
    environment.putIfAbsent("FAIRSHARE_DB_USER", EmbeddedMariaDb.USER);
    environment.putIfAbsent("FAIRSHARE_DB_PASSWORD", EmbeddedMariaDb.PASSWORD);
    say("starting " + instance.name + " on port " + instance.port + " (log " + instance.log + ")");
    instance.process = builder.start();
  }

  private static String hostName() {
    try {
      return java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.net.UnknownHostException e) {
      return "localhost";
    }
  }

  /** Where the instances' data grid listens: each takes the next port from the first. */
  private String dataGridMembers() {
    StringBuilder members = new StringBuilder();
    for (int i = 0; i < Math.max(instances.size(), 2); i++) {
      members.append(i == 0 ? "" : ",").append("127.0.0.1:").append(ports.dataGrid() + i);
    }
    return members.toString();
  }

  /** SIGKILL, as a machine that dies would: no shutdown hook, nothing handed over. */
  public void killInstance(Instance instance) {
    if (instance.process != null) {
      instance.process.descendants().forEach(ProcessHandle::destroyForcibly);
      instance.process.destroyForcibly();
      instance.process.onExit().join();
    }
  }

  public void killPrimary() {
    primary.killServer();
  }

  public void restartPrimary() {
    primary.startServerAgain();
  }

  private void startBalancer() throws IOException, InterruptedException {
    Path haproxyBinary = Haproxy.installed();
    Path config = folder.resolve("haproxy.cfg");
    Files.writeString(config, Haproxy.config(ports.balancer(), instances.stream().map(i -> Map.entry(i.name, i.port)).toList()));
    say("starting HAProxy on port " + ports.balancer() + " (" + config + ")");
    haproxy = new ProcessBuilder(haproxyBinary.toString(), "-db", "-f", config.toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("haproxy.log").toFile())).start();
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!MicroCommand.ready(client, base())) {
      if (!haproxy.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException("HAProxy did not start; see " + folder.resolve("haproxy.log"));
      }
      Thread.sleep(300);
    }
  }

  /** Where shoppers go: HAProxy. */
  public String base() {
    return "http://127.0.0.1:" + ports.balancer();
  }

  public List<Instance> instances() {
    return List.copyOf(instances);
  }

  public String primaryUrl() {
    return primary.jdbcUrl();
  }

  public String replicaUrl() {
    return replica.jdbcUrl();
  }

  /** What the replica says of itself: running threads, seconds behind, its last error. */
  public Map<String, String> replicaStatus() throws SQLException {
    Map<String, String> status = new LinkedHashMap<>();
    // the replicator may watch replication, not read the shop's database
    try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + ports.replica() + "/?user=" + REPLICATOR + "&password=" + REPLICATOR_PASSWORD);
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SHOW SLAVE STATUS")) {
      if (rows.next()) {
        for (String column : List.of("Slave_IO_Running", "Slave_SQL_Running", "Seconds_Behind_Master", "Gtid_IO_Pos", "Last_Error")) {
          status.put(column, rows.getString(column));
        }
      }
    }
    return status;
  }

  @Override
  public void close() {
    if (haproxy != null) {
      haproxy.destroy();
    }
    for (Instance instance : instances) {
      if (instance.process != null) {
        instance.process.destroy();
      }
    }
    for (Instance instance : instances) {
      if (instance.process != null) {
        try {
          instance.process.waitFor();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
    for (EmbeddedMariaDb server : List.of(replica, primary)) {
      try {
        server.close();
      } catch (RuntimeException e) {
        say("stopping the server on port " + server.port() + " failed: " + e.getMessage());
      }
    }
  }

  static void say(String line) {
    System.out.println("[cluster] " + line);
  }
}
