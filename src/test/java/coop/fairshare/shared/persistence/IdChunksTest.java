package coop.fairshare.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class IdChunksTest {

  @Test
  void idsComeOnceInOrderAThousandAList() {
    List<Long> ids = new ArrayList<>(LongStream.rangeClosed(1, 2_500).boxed().toList());
    java.util.Collections.reverse(ids);
    ids.add(7L);

    List<List<Long>> chunks = IdChunks.of(ids);

    assertThat(chunks).extracting(List::size).containsExactly(1_000, 1_000, 500);
    assertThat(chunks.get(0).get(0)).isEqualTo(1L);
    assertThat(chunks.get(2).get(499)).isEqualTo(2_500L);
    assertThat(chunks.stream().flatMap(List::stream).distinct().count()).isEqualTo(2_500);
  }

  @Test
  void noIdsNoQuery() {
    assertThat(IdChunks.of(List.<Long>of())).isEmpty();
  }
}
