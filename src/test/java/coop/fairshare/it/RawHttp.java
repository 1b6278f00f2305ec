package coop.fairshare.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Requests an HTTP client library will not send: a body announced far larger than what follows,
 * or sent in chunks without a length. Answers the status line, headers and body as text.
 */
final class RawHttp {

  private RawHttp() {}

  /** POSTs to {@code path}, announcing {@code announced} bytes and sends only {@code sent} of them, then reads the answer. */
  static String send(URI base, String path, String contentType, long announced, int sent) throws IOException {
    try (Socket socket = connect(base)) {
      OutputStream out = socket.getOutputStream();
      out.write((requestLine(base, path) + "\r\nHost: " + base.getAuthority() + "\r\n" + contentType + "\r\nContent-Length: " + announced + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.write(new byte[sent]);
      out.flush();
      return answer(socket.getInputStream());
    }
  }

  /** Sends {@code total} bytes of spaces in 64 KB chunks, stopping early if the server has already answered. */
  static String sendChunked(URI base, String path, String contentType, long total) throws IOException {
    try (Socket socket = connect(base)) {
      OutputStream out = socket.getOutputStream();
      out.write((requestLine(base, path) + "\r\nHost: " + base.getAuthority() + "\r\n" + contentType + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = new byte[64 * 1024];
      java.util.Arrays.fill(chunk, (byte) ' '); // whitespace: a JSON reader keeps reading it
      try {
        for (long written = 0; written < total; written += chunk.length) {
          out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
          out.write(chunk);
          out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
      } catch (SocketException closedEarly) {
        // the server answered and closed before the whole body went out: the answer is still there to read
      }
      return answer(socket.getInputStream());
    }
  }

  /** GETs {@code path} naming another site in the Host header (which the JDK's client will not send); HTTP/1.0, so the body comes in one piece. */
  static String getWithHost(URI base, String path, String host) throws IOException {
    try (Socket socket = connect(base)) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + base.resolve(path).getRawPath() + (base.resolve(path).getRawQuery() == null ? "" : "?" + base.resolve(path).getRawQuery())
          + " HTTP/1.0\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return answer(socket.getInputStream());
    }
  }

  /** A POST of a path below the application's root. */
  private static String requestLine(URI base, String path) {
    return "POST " + base.resolve(path).getRawPath() + " HTTP/1.1";
  }

  private static Socket connect(URI base) throws IOException {
    Socket socket = new Socket(base.getHost(), base.getPort());
    socket.setSoTimeout(30_000);
    return socket;
  }

  /** Reads the status line, the headers and a body of the length they give; the server may keep the socket open draining what was announced. */
  private static String answer(InputStream in) throws IOException {
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    try {
      int headerEnd = -1;
      long length = -1;
      for (int b; (b = in.read()) >= 0; ) {
        answer.write(b);
        String text = answer.toString(StandardCharsets.ISO_8859_1);
        if (headerEnd < 0 && text.endsWith("\r\n\r\n")) {
          headerEnd = answer.size();
          java.util.regex.Matcher declared = java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(text);
          length = declared.find() ? Long.parseLong(declared.group(1)) : -1;
        }
        if (headerEnd >= 0 && (length >= 0 ? answer.size() - headerEnd >= length : text.endsWith("\r\n0\r\n\r\n"))) {
          break;
        }
      }
    } catch (SocketException reset) {
      // a reset after the answer: what came is the answer
    }
    return answer.toString(StandardCharsets.UTF_8);
  }
}
