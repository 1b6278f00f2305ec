package coop.fairshare.shared.web;

import coop.fairshare.shared.rest.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Caps every request body near what the largest legitimate one needs: a photo (at most 5 MB) may
 * come in a 6 MB upload, anything else (JSON, a form) in 1 MB. A body announced larger is answered
 * 413 without being read: a problem detail on the API, a short page in both languages elsewhere. A
 * body that does not say its length is cut off at the cap while it is read.
 */
@WebFilter(filterName = "RequestSizeLimit", urlPatterns = "/*")
public class RequestSizeLimit extends HttpFilter {

  public static final long UPLOAD_BYTES = 6L * 1024 * 1024;
  public static final long OTHER_BYTES = 1024L * 1024;
  public static final String KEY = "error.bodyTooLarge";

  /** What the capped stream throws once the cap is passed; readers wrap it, the API finds it again. */
  public static final class BodyTooLarge extends IOException {
    private final long limit;

    BodyTooLarge(long limit) {
      super("request body larger than " + limit + " bytes");
      this.limit = limit;
    }

    public long limitKb() {
      return limit / 1024;
    }
  }

  /** The cap for a body of this content type: uploads (multipart forms, raw photos, a slip's PDF, a spreadsheet of members) get room for a photo. */
  public static long limitFor(String contentType) {
    String type = contentType == null ? "" : contentType.strip().toLowerCase(Locale.ROOT);
    return type.startsWith("multipart/") || type.startsWith("image/") || type.startsWith("application/pdf") || type.startsWith("text/csv") ? UPLOAD_BYTES : OTHER_BYTES;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
    long limit = limitFor(request.getContentType());
    if (request.getContentLengthLong() > limit) {
      refuse(request, response, limit);
      return;
    }
    CappedRequest capped = new CappedRequest(request, limit);
    try {
      chain.doFilter(capped, response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (!capped.tripped() || response.isCommitted()) {
        throw e;
      }
      response.reset();
      refuse(request, response, limit);
    }
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
    // the rest of the body is not read: the connection is not reused
    response.setHeader("Connection", "close");
    response.setHeader("Cache-Control", "no-store");
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String body;
    if (path.startsWith("/api/")) {
      response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
      body = "{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,\"detail\":\"" + Texts.text(Locale.ENGLISH, KEY, limit / 1024)
          + "\",\"code\":\"" + KEY + "\"}";
    } else {
      Locale locale = Language.of(request);
      response.setContentType("text/html;charset=UTF-8");
      body = "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\"><title>" + Texts.text(locale, "error.tooLarge.title")
          + "</title></head><body><h1>" + Texts.text(locale, "error.tooLarge.title") + "</h1><p>" + Texts.text(locale, KEY, limit / 1024) + "</p><p><a href=\""
          + request.getContextPath() + "/\">" + Texts.text(locale, "error.home") + "</a></p></body></html>";
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
    // sent now: the client may still be sending the body it announced, and should not wait for the server to drain it
    response.flushBuffer();
  }

  /** The request with its body stream stopping at the cap. */
  private static final class CappedRequest extends HttpServletRequestWrapper {
    private final long limit;
    private CappedStream stream;
    private BufferedReader reader;

    CappedRequest(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    boolean tripped() {
      return stream != null && stream.tripped;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new CappedStream(super.getInputStream(), limit);
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      if (reader == null) {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
        reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
      }
      return reader;
    }
  }

  /** Counts what is read and fails past the cap, having read at most one buffer more. */
  static final class CappedStream extends ServletInputStream {
    private final ServletInputStream in;
    private final long limit;
    private long count;
    boolean tripped;

    CappedStream(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, (int) Math.min(length, limit - count + 1));
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    private void counted(int n) throws BodyTooLarge {
      count += n;
      if (count > limit) {
        tripped = true;
        throw new BodyTooLarge(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
