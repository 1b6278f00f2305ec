package coop.fairshare.welfare.web;

import coop.fairshare.shared.NotFound;
import coop.fairshare.welfare.ClaimDocument;
import coop.fairshare.welfare.WelfareClaims;
import coop.fairshare.shared.web.SentFile;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A claim's paper for whoever may see the claim (the desk, the member, her group's leader: the
 * claims service decides). Shown as sent, with its type as its first bytes said; a PDF is
 * downloaded rather than shown, and nothing in it may run or reach anywhere.
 */
@WebServlet("/welfare/claim-file")
public class ClaimFileServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB
  private transient WelfareClaims claims;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String claim = request.getParameter("claim");
    String doc = request.getParameter("doc");
    if (claim == null || doc == null || !claim.matches("\\d{1,18}") || !doc.matches("\\d{1,18}")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    ClaimDocument file;
    try {
      file = claims.document(Long.parseLong(claim), Long.parseLong(doc));
    } catch (NotFound e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    SentFile.write(response, file.contentType(), file.bytes(), "claim-" + claim + "-" + doc);
  }
}
