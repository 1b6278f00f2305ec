package coop.fairshare.bench;

/** The app on the national network, its pages timed with 8 concurrent users. */
final class NationalPages {

  private final String dbUrl;
  private final int httpPort;
  private final NationalDataSet data;

  NationalPages(String dbUrl, int httpPort, NationalDataSet data) {
    this.dbUrl = dbUrl;
    this.httpPort = httpPort;
    this.data = data;
  }

  void run() throws Exception {
  }
}
