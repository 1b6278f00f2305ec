package coop.fairshare.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class SitemapTest {

  @Test
  void listsTheShopsPagesEveryGroupAndEveryProductGivenWithAbsoluteAddresses() throws Exception {
    List<String> locations = locations(Sitemap.xml("https://shop.example", List.of(3L, 9L), List.of(1L, 2L)));
    assertThat(locations).containsExactly("https://shop.example/", "https://shop.example/catalog/", "https://shop.example/groups/",
        "https://shop.example/groups/group.xhtml?id=1", "https://shop.example/groups/group.xhtml?id=2",
        "https://shop.example/catalog/product.xhtml?id=3", "https://shop.example/catalog/product.xhtml?id=9");
  }

  @Test
  void anAddressIsEscapedForXmlAndOneFileHoldsAtMostTheProtocolsLimit() throws Exception {
    assertThat(locations(Sitemap.xml("https://shop.example/a&b", List.of(), List.of()))).first().isEqualTo("https://shop.example/a&b/");
    List<Long> many = LongStream.rangeClosed(1, Sitemap.MAX_URLS + 10).boxed().toList();
    assertThat(locations(Sitemap.xml("https://shop.example", many, List.of()))).hasSize(Sitemap.MAX_URLS);
  }

  static List<String> locations(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
    assertThat(document.getDocumentElement().getLocalName()).isEqualTo("urlset");
    NodeList locs = document.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
    List<String> found = new ArrayList<>();
    for (int i = 0; i < locs.getLength(); i++) {
      found.add(locs.item(i).getTextContent());
    }
    return found;
  }
}
