package coop.fairshare.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The demo's data survives a restart even in a clone under the temporary directory (where many
 * people try things): two JVMs, one after the other, start the embedded MariaDB on a folder under
 * /tmp; what the first wrote, the second reads.
 */
class DataFolderIT {

  @Test
  void aDataFolderUnderTheTemporaryDirectoryKeepsItsDataAcrossARestart() throws Exception {
    Path folder = Files.createTempDirectory(Path.of("/tmp"), "fairshare-restart-");
    String marker = UUID.randomUUID().toString();
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    try {
      assertThat(life(folder, port, "write", marker)).contains("MARKER-WRITTEN " + marker);
      assertThat(life(folder, port, "read", "")).as("the second start finds what the first wrote").contains("MARKER-FOUND " + marker);
    } finally {
      // each run leaves half a gigabyte of database otherwise (149 of them had filled the disk)
      deleteTree(folder);
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    try (var paths = Files.walk(folder)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  private static String life(Path folder, int port, String what, String marker) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    // a fresh JVM with the default temporary directory, as `mvn -Prun` has
    Path log = Files.createTempFile("fairshare-restart-", ".log");
    Process process = new ProcessBuilder(List.of(java.toString(), "-Djava.io.tmpdir=/tmp", "-cp", System.getProperty("java.class.path"),
        RestartCheck.class.getName(), folder.toString(), Integer.toString(port), what, marker)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean done = process.waitFor(3, TimeUnit.MINUTES);
    if (!done) {
      process.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
    assertThat(done).as(output).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }
}
