package coop.fairshare.catalog.web;

import coop.fairshare.catalog.PhotoInfo;
import coop.fairshare.catalog.Product;
import coop.fairshare.shared.web.Language;
import coop.fairshare.shared.web.Sharing;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The product page as a shared link and a search result: its address, description, picture and
 * price for Open Graph and Twitter cards, and its schema.org JSON-LD.
 */
@Named
@RequestScoped
public class ProductSharing {

  @Inject
  private ProductPage page;

  @Inject
  private ProductGallery gallery;

  @Inject
  private Sharing sharing;

  @Inject
  private Language language;

  private Product product() {
    return page.getProduct();
  }

  public String getUrl() {
    return sharing.absolute("catalog/product.xhtml?id=" + product().id());
  }

  public String getDescription() {
    return sharing.summary(product().description(language.getLocale()));
  }

  /** The main photo, or null: a preview then shows no picture rather than a made-up one. */
  public PhotoInfo getPhoto() {
    return gallery.galleryOf(product()).main();
  }

  public String getImage() {
    PhotoInfo photo = getPhoto();
    return photo == null ? null : sharing.absolute(photo.displayPath());
  }

  /** The lowest price it sells at, as a decimal number of baht ("250.00"). */
  public String getPriceAmount() {
    return product().priceFrom().toBaht().toPlainString();
  }

  public String getJsonLd() {
    ProductGallery.Gallery photos = gallery.galleryOf(product());
    List<String> images = new ArrayList<>();
    if (!photos.isEmpty()) {
      images.add(sharing.absolute(photos.main().displayPath()));
      photos.others().forEach(photo -> images.add(sharing.absolute(photo.displayPath())));
    }
    String groupUrl = sharing.absolute("groups/group.xhtml?id=" + product().group().id());
    return Sharing.jsonForScript(ProductJsonLd.of(product(), language.getLocale(), images, getUrl(), groupUrl));
  }
}
