package coop.fairshare.shared.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import coop.fairshare.shared.BadInput;
import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WholeNumbersTest {

  @Test
  void aWholeNumberThatFitsIsReadExactly() {
    assertThat(WholeNumbers.exactly("120", 0, 1000)).isEqualTo(120);
    assertThat(WholeNumbers.exactly("-7", -10, 10)).isEqualTo(-7);
    assertThat(WholeNumbers.exactly("1e2", 0, 1000)).isEqualTo(100);
    assertThat(WholeNumbers.exactly("5.0", 0, 10)).isEqualTo(5);
    assertThat(WholeNumbers.exactly(String.valueOf(Long.MAX_VALUE), Long.MIN_VALUE, Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"4294967416", "4294967297", "18446744073709551623", "1.5", "1e-1000000000", "1e1000000000", "abc", "", "-1"})
  void aNumberThatIsNotWholeOrDoesNotFitIsRefusedNotWrapped(String text) {
    Throwable thrown = catchThrowable(() -> WholeNumbers.exactly(text, 0, Integer.MAX_VALUE));
    assertThat(thrown).isInstanceOf(BadInput.class);
    assertThat(((BadInput) thrown).messageKey()).isEqualTo("error.wholeNumberExpected");
  }

  @Test
  void theJsonReadersRefuseWhatTheDefaultOnesWouldWrap() {
    assertThat(new WholeNumbers.IntegerReader().deserialize(at("120"), null, Integer.class)).isEqualTo(120);
    assertThat(new WholeNumbers.LongReader().deserialize(at("9007199254740993"), null, Long.class)).isEqualTo(9007199254740993L);
    assertThat(catchThrowable(() -> new WholeNumbers.IntegerReader().deserialize(at("4294967416"), null, Integer.class))).isInstanceOf(BadInput.class);
    assertThat(catchThrowable(() -> new WholeNumbers.IntegerReader().deserialize(at("2.5"), null, Integer.class))).isInstanceOf(BadInput.class);
    assertThat(catchThrowable(() -> new WholeNumbers.LongReader().deserialize(at("18446744073709551623"), null, Long.class))).isInstanceOf(BadInput.class);
    assertThat(catchThrowable(() -> new WholeNumbers.LongReader().deserialize(at("true"), null, Long.class))).isInstanceOf(BadInput.class);
  }

  @Test
  void aNumberWrittenWithThousandsOfDigitsIsRefusedUnread() {
    assertThat(catchThrowable(() -> WholeNumbers.exactly("1" + "0".repeat(100_000), Long.MIN_VALUE, Long.MAX_VALUE))).isInstanceOf(BadInput.class);
  }

  /** A parser standing on the value, as JSON-B hands it to a reader. */
  private static JsonParser at(String value) {
    JsonParser parser = Json.createParser(new StringReader("[" + value + "]"));
    parser.next();
    parser.next();
    return parser;
  }
}
