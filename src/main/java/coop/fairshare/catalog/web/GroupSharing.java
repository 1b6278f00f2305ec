package coop.fairshare.catalog.web;

import coop.fairshare.catalog.PhotoInfo;
import coop.fairshare.catalog.Product;
import coop.fairshare.member.ProducerGroup;
import coop.fairshare.shared.web.Language;
import coop.fairshare.shared.web.Sharing;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import coop.fairshare.shared.Jsons;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;

/**
 * A producer group's page as a shared link: its address, its story cut short, the main photo of
 * its first product that has one, and schema.org's {@code Organization} in JSON-LD.
 */
@Named
@RequestScoped
public class GroupSharing {

  @Inject
  private GroupPage page;

  @Inject
  private ProductGallery gallery;

  @Inject
  private Sharing sharing;

  @Inject
  private Language language;

  public String getUrl() {
    return sharing.absolute("groups/group.xhtml?id=" + page.getGroup().id());
  }

  public String getDescription() {
    return sharing.summary(page.getGroup().story(language.getLocale()));
  }

  /** The main photo of the first of its products that has one (one query), or null. */
  public String getImage() {
    Map<Long, String> keys = gallery.mainPhotoKeys(page.getProducts());
    return page.getProducts().stream().map(Product::id).filter(keys::containsKey).findFirst()
        .map(id -> sharing.absolute(PhotoInfo.displayPathOf(keys.get(id)))).orElse(null);
  }

  public String getJsonLd() {
    ProducerGroup group = page.getGroup();
    JsonObjectBuilder json = Jsons.object()
        .add("@context", "https://schema.org")
        .add("@type", "Organization")
        .add("name", group.name(language.getLocale()))
        .add("description", group.story(language.getLocale()))
        .add("url", getUrl())
        .add("address", Jsons.object().add("@type", "PostalAddress").add("addressRegion", group.province()).add("addressCountry", "TH"));
    group.foundedYear().ifPresent(year -> json.add("foundingDate", String.valueOf(year)));
    String image = getImage();
    if (image != null) {
      json.add("image", image);
    }
    return Sharing.jsonForScript(json.build());
  }
}
