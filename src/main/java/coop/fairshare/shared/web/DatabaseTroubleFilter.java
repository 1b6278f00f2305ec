package coop.fairshare.shared.web;

import coop.fairshare.shared.persistence.DatabaseTrouble;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The outermost filter (first in web.xml): while MariaDB is down or restarting, or too busy to
 * answer, a page is answered 503 with a Retry-After and a short page in the visitor's language,
 * never the "something went wrong" of a 500. Nothing was changed, since the transaction never
 * committed.
 */
public class DatabaseTroubleFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(DatabaseTroubleFilter.class.getName());

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      Optional<DatabaseTrouble> trouble = DatabaseTrouble.of(e);
      if (trouble.isEmpty() || response.isCommitted()) {
        throw e;
      }
      LOG.log(Level.WARNING, () -> "answered 503 to " + request.getRequestURI() + ": " + trouble.get());
      answerBusy(request, response);
    }
  }

  /** 503 with Retry-After and a page that needs nothing from the database. */
  public static void answerBusy(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.reset();
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", String.valueOf(DatabaseTrouble.RETRY_AFTER_SECONDS));
    response.setHeader("Cache-Control", "no-store");
    Locale locale = Language.of(request);
    response.setContentType("text/html;charset=UTF-8");
    String lang = locale.getLanguage();
    try (PrintWriter out = response.getWriter()) {
      out.print("<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
          + "<meta http-equiv=\"refresh\" content=\"" + (DatabaseTrouble.RETRY_AFTER_SECONDS * 2) + "\"><title>" + Texts.text(locale, "error.busy.title") + "</title>"
          + "<style>body{font-family:sans-serif;margin:0;padding:1.5rem;color:#222;max-width:40rem}h1{font-size:1.5rem}</style></head><body><main><h1>"
          + Texts.text(locale, "error.busy.title") + "</h1><p>" + Texts.text(locale, "error.busy.text") + "</p></main></body></html>");
    }
  }
}
