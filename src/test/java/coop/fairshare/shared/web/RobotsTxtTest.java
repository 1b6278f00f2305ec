package coop.fairshare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsTxtTest {

  @Test
  void keepsSearchEnginesOutOfWhatIsPersonalAndNamesTheSitemapInFull() {
    String robots = RobotsTxt.text("https://shop.example");
    assertThat(robots).contains("User-agent: *\n").contains("Disallow: /api/\n").contains("Disallow: /treasurer/\n").contains("Disallow: /checkout/\n")
        .doesNotContain("Disallow: /catalog/").endsWith("Sitemap: https://shop.example/sitemap.xml\n");
  }
}
