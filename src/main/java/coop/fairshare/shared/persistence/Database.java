package coop.fairshare.shared.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
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
 */
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "org.mariadb.jdbc.MariaDbDataSource",
    url = "${ENV=FAIRSHARE_DB_URL:jdbc:mariadb://localhost:3306/fairshare}",
    user = "${ENV=FAIRSHARE_DB_USER:fairshare}",
    password = "${ENV=FAIRSHARE_DB_PASSWORD:fairshare}",
    transactional = true,
    initialPoolSize = 2,
    minPoolSize = 2,
    maxPoolSize = 32,
    maxIdleTime = 300,
    // a connection MariaDB dropped (a restart, a kill) is found before use and replaced, and one
    // found dead sends the whole pool to be renewed: after an outage the shop heals by itself
    properties = {
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
  private static final Logger LOG = Logger.getLogger(Database.class.getName());

  @Resource(lookup = JNDI_NAME)
  private DataSource dataSource;

  @Inject
  @ConfigProperty(name = "fairshare.demo", defaultValue = "false")
  private boolean demo;

  @PostConstruct
  void migrate() {
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

  private static String version(MigrateResult result) {
    return result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
  }

  public boolean demoMode() {
    return demo;
  }
}
