package coop.fairshare.shared.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * MariaDB's data source as a plain {@link DataSource} and nothing more, so that Payara pools it
 * for local transactions, not XA. Connector/J's own class is also an {@code XADataSource}, and
 * Payara then ran every transaction as XA: three more statements each (XA START, END, COMMIT),
 * and where one transaction used two pooled connections (JPA's and a service's JDBC) a two-phase
 * commit, whose branches a crash between its phases left prepared, holding their row locks, until
 * someone rolled them back by hand. All the app's writes go to the one database, so a local
 * transaction per request is all it needs; Payara gives every use in one transaction the same
 * connection.
 */
public class LocalMariaDbDataSource implements DataSource {

  private final MariaDbDataSource mariaDb = new MariaDbDataSource();

  public void setUrl(String url) throws SQLException {
    mariaDb.setUrl(url);
  }

  public String getUrl() {
    return mariaDb.getUrl();
  }

  public void setUser(String user) throws SQLException {
    mariaDb.setUser(user);
  }

  public String getUser() {
    return mariaDb.getUser();
  }

  public void setPassword(String password) throws SQLException {
    mariaDb.setPassword(password);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return mariaDb.getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return mariaDb.getConnection(username, password);
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return mariaDb.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    mariaDb.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    mariaDb.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return mariaDb.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return mariaDb.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper of " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
