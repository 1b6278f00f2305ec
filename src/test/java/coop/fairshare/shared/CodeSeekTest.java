package coop.fairshare.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeSeekTest {

  @Test
  void aPageStartsAfterACodeOrElseBeforeOneOrElseAtItsNumber() {
    assertThat(CodeSeek.of(" 2200-NAT-00042 ", null)).isEqualTo(new CodeSeek("2200-NAT-00042", null));
    assertThat(CodeSeek.of(null, "2100-NA-000042").before()).isEqualTo("2100-NA-000042");
    assertThat(CodeSeek.of("2200-B", "2200-A")).as("after wins: one position only").isEqualTo(new CodeSeek("2200-B", null));
    assertThat(CodeSeek.of("  ", "").positioned()).isFalse();
    assertThat(CodeSeek.NONE.positioned()).isFalse();
    assertThat(CodeSeek.of("2200-A", null).positioned()).isTrue();
  }

  @Test
  void textTooLongToBeACodeIsNoPosition() {
    assertThat(CodeSeek.of("x".repeat(CodeSeek.MAX_CODE), null).positioned()).isTrue();
    assertThat(CodeSeek.of("x".repeat(CodeSeek.MAX_CODE + 1), null)).isEqualTo(CodeSeek.NONE);
  }
}
