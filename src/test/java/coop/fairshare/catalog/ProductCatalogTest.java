package coop.fairshare.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The catalog's queries need a database; only the LIKE escaping is plain logic. */
class ProductCatalogTest {

  @Test
  void escapesTheLikeWildcardsAndTheEscapeCharacter() {
    assertThat(ProductCatalog.escapeLike("50%")).isEqualTo("50!%");
    assertThat(ProductCatalog.escapeLike("a_b")).isEqualTo("a!_b");
    assertThat(ProductCatalog.escapeLike("wow!")).isEqualTo("wow!!");
    assertThat(ProductCatalog.escapeLike("!%_")).isEqualTo("!!!%!_");
  }

  @Test
  void leavesOrdinaryWordsAlone() {
    assertThat(ProductCatalog.escapeLike("ผ้าไหม")).isEqualTo("ผ้าไหม");
    assertThat(ProductCatalog.escapeLike("hand-woven")).isEqualTo("hand-woven");
    assertThat(ProductCatalog.escapeLike("it's \\ fine")).isEqualTo("it's \\ fine");
    assertThat(ProductCatalog.escapeLike("")).isEmpty();
  }
}
