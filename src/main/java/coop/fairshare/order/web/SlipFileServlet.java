package coop.fairshare.order.web;

import coop.fairshare.payment.PaymentSlips;
import coop.fairshare.payment.SlipFile;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.web.SentFile;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A slip's file for the treasurer who matches it (under /treasurer/, so only treasurers and admins
 * reach it). Shown as sent, with its type as its first bytes said; a PDF is downloaded rather than
 * shown, and nothing in it may run or reach anywhere.
 */
@WebServlet("/treasurer/slip-file")
public class SlipFileServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB
  private transient PaymentSlips slips;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String id = request.getParameter("id");
    if (id == null || !id.matches("\\d{1,18}")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    SlipFile file;
    try {
      file = slips.file(Long.parseLong(id));
    } catch (NotFound e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    SentFile.write(response, file.contentType(), file.bytes(), "slip-" + id);
  }
}
