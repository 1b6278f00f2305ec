package coop.fairshare.shared.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.TimeZone;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The one MariaDB all instances share, and its schema. Flyway applies {@code db/migration} when the
 * application starts, before anything uses JPA; in demo mode it then loads {@code db/demo}, kept in
 * its own history table so demo data never mixes with the schema's versions. Flyway takes a
 * database lock, so several instances starting together migrate once.
 *
 * <p>Time: the application and its database speak UTC to each other. MariaDB Connector/J writes
 * and reads a TIMESTAMP as wall-clock time in the JVM's zone, and the server reads that wall-clock
 * time in the session's zone; so the JVM's zone is set to UTC when the application starts, and
 * every pooled connection's session is set to UTC ({@link #SESSION_SETTINGS}, Payara's init-sql), and
 * an instant the app writes and one the database writes with {@code CURRENT_TIMESTAMP} are the same
 * whatever zones the machine, the JVM and the server were given. (The driver's own
 * {@code preserveInstants} would do the first half but moves a {@code java.sql.Date} to the day
 * before in a zone east of UTC.) Dates people see are Bangkok's, from {@code CoopTime}, never the
 * JVM's zone. The application refuses to start if the two clocks still disagree.
 */
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "coop.fairshare.shared.persistence.LocalMariaDbDataSource",
    url = "${ENV=FAIRSHARE_DB_URL:jdbc:mariadb://localhost:3306/fairshare}",
    user = "${ENV=FAIRSHARE_DB_USER:fairshare}",
    password = "${ENV=FAIRSHARE_DB_PASSWORD:fairshare}",
    transactional = true,
    initialPoolSize = 2,
    minPoolSize = 2,
    maxPoolSize = 32,
    maxIdleTime = 300,
    // every pooled connection's session speaks UTC, whatever the server's own zone (see the class
    // comment); a connection MariaDB dropped (a restart, a kill) is found before use and replaced,
    // and one found dead sends the whole pool to be renewed: after an outage the shop heals by itself
    properties = {
      "fish.payara.init-sql=" + Database.SESSION_SETTINGS,
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.validate-atmost-once-period-in-seconds=2",
      "fish.payara.fail-all-connections=true",
      "fish.payara.max-wait-time-in-millis=10000"
    })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Database {

  public static final String JNDI_NAME = "java:app/jdbc/fairshare";

  /**
   * Run on every new connection of the pool: the session speaks UTC (see the class comment), and
   * the optimizer may answer an {@code ORDER BY ... LIMIT} join by walking an index in that order
   * when that is estimated a hundred times cheaper than joining everything and sorting (MariaDB's
   * own setting, off by default; 100 is its documented suggestion). A catalog search for a common
   * word then reads the page's products along the order's index (V36) rather than every match.
   */
  static final String SESSION_SETTINGS = "SET time_zone = '+00:00', optimizer_join_limit_pref_ratio = 100";

  /** Further apart than clock drift, nearer than the smallest zone offset. */
  private static final long MAX_DISAGREEMENT_SECONDS = 300;
  private static final Logger LOG = Logger.getLogger(Database.class.getName());

  @Resource(lookup = JNDI_NAME)
  private DataSource dataSource;

  @Inject
  @ConfigProperty(name = "fairshare.demo", defaultValue = "false")
  private boolean demo;

  @PostConstruct
  void migrate() {
    // before any TIMESTAMP is written: the driver's wall-clock times are UTC from here on
    TimeZone.setDefault(TimeZone.getTimeZone(ZoneOffset.UTC));
    requireClocksAgree();
    ClassLoader loader = Database.class.getClassLoader();
    MigrateResult schema =
        Flyway.configure(loader)
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .validateMigrationNaming(true)
            .load()
            .migrate();
    LOG.info(() -> "Database schema at version " + version(schema) + " (" + schema.migrationsExecuted + " migrations applied now)");
    if (demo) {
      MigrateResult demoData =
          Flyway.configure(loader)
              .dataSource(dataSource)
              .locations("classpath:db/demo")
              .table("flyway_demo_history")
              .baselineOnMigrate(true)
              .baselineVersion("0")
              // demo scripts follow the schema as it changes (V1 lost product.stock to variants);
              // a data folder that already holds the demo keeps it rather than refusing to start
              .validateOnMigrate(false)
              .load()
              .migrate();
      LOG.info(() -> "Demo data at version " + version(demoData) + " (" + demoData.migrationsExecuted + " scripts applied now)");
    }
  }

  /**
   * An instant the app writes must read back as the same instant the database writes for "now":
   * otherwise reservations lapse hours early or late and entries carry the wrong time, for ever.
   */
  private void requireClocksAgree() {
    Instant now = Instant.now();
    try (Connection c = dataSource.getConnection(); PreparedStatement check = c.prepareStatement("SELECT TIMESTAMPDIFF(SECOND, ?, CURRENT_TIMESTAMP(3))")) {
      check.setTimestamp(1, Timestamp.from(now));
      try (ResultSet row = check.executeQuery()) {
        row.next();
        long apart = row.getLong(1);
        if (Math.abs(apart) > MAX_DISAGREEMENT_SECONDS) {
          throw new IllegalStateException("The database's clock and the application's disagree by " + apart + " s: the connection's time_zone is not UTC"
              + " (was " + SESSION_SETTINGS + " run?) or the two machines' clocks are apart.");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not compare the database's clock with the application's", e);
    }
  }

  private static String version(MigrateResult result) {
    return result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
  }

  public boolean demoMode() {
    return demo;
  }
}
