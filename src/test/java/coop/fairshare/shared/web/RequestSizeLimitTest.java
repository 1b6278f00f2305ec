package coop.fairshare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class RequestSizeLimitTest {

  @Test
  void uploadsGetRoomForAPhotoAndEverythingElseAMegabyte() {
    assertThat(RequestSizeLimit.limitFor("multipart/form-data; boundary=x")).isEqualTo(6L * 1024 * 1024);
    assertThat(RequestSizeLimit.limitFor("image/jpeg")).isEqualTo(6L * 1024 * 1024);
    assertThat(RequestSizeLimit.limitFor("text/csv; charset=UTF-8")).isEqualTo(6L * 1024 * 1024);
    assertThat(RequestSizeLimit.limitFor("application/json")).isEqualTo(1024L * 1024);
    assertThat(RequestSizeLimit.limitFor("application/x-www-form-urlencoded")).isEqualTo(1024L * 1024);
    assertThat(RequestSizeLimit.limitFor(null)).isEqualTo(1024L * 1024);
  }

  @Test
  void aBodyOfUnannouncedLengthIsCutOffAtTheCapHavingReadNoMoreThanOneByteBeyond() throws IOException {
    Source source = new Source(new byte[10_000]);
    RequestSizeLimit.CappedStream capped = new RequestSizeLimit.CappedStream(source, 1000);

    Throwable thrown = catchThrowable(capped::readAllBytes);

    assertThat(thrown).isInstanceOf(RequestSizeLimit.BodyTooLarge.class);
    assertThat(capped.tripped).isTrue();
    assertThat(source.read).isEqualTo(1001);
  }

  @Test
  void aBodyWithinTheCapIsReadWhole() throws IOException {
    RequestSizeLimit.CappedStream capped = new RequestSizeLimit.CappedStream(new Source(new byte[1000]), 1000);

    assertThat(capped.readAllBytes()).hasSize(1000);
    assertThat(capped.tripped).isFalse();
  }

  /** A request body that counts what was taken from it. */
  private static final class Source extends ServletInputStream {
    private final ByteArrayInputStream bytes;
    int read;

    Source(byte[] body) {
      bytes = new ByteArrayInputStream(body);
    }

    @Override
    public int read() {
      int b = bytes.read();
      read += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      int n = bytes.read(buffer, offset, length);
      read += Math.max(0, n);
      return n;
    }

    @Override
    public boolean isFinished() {
      return bytes.available() == 0;
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setReadListener(ReadListener listener) {}
  }
}
