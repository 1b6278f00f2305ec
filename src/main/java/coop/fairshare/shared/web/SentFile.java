package coop.fairshare.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A file someone uploaded (a slip, a claim's paper), sent back as it came: its type as its first
 * bytes said, a photo shown and a PDF downloaded, and nothing in it may run or reach anywhere.
 */
public final class SentFile {

  private SentFile() {}

  public static void write(HttpServletResponse response, String contentType, byte[] bytes, String baseName) throws IOException {
    response.setContentType(contentType);
    response.setHeader("Content-Security-Policy", "default-src 'none'; img-src 'self'; sandbox");
    response.setHeader("Content-Disposition", (contentType.startsWith("image/") ? "inline" : "attachment") + "; filename=\"" + baseName
        + (contentType.equals("application/pdf") ? ".pdf" : contentType.equals("image/png") ? ".png" : ".jpg") + "\"");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
