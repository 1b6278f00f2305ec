package coop.fairshare.catalog.web;

import coop.fairshare.catalog.PhotoInfo;
import coop.fairshare.catalog.Product;
import coop.fairshare.catalog.ProductPhotos;
import coop.fairshare.shared.web.Language;
import coop.fairshare.shared.web.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Product photos for the shop's pages: a product's gallery, and the main photo of each product on a
 * page of cards. Each is read once while a page renders, however often the page asks.
 */
@Named
@RequestScoped
public class ProductGallery {

  /** The main photo (null when there are none) and the others, in their order. */
  public record Gallery(PhotoInfo main, List<PhotoInfo> others) {

    public boolean isEmpty() {
      return main == null;
    }

    public List<PhotoInfo> all() {
      if (main == null) {
        return List.of();
      }
      List<PhotoInfo> all = new java.util.ArrayList<>(others.size() + 1);
      all.add(main);
      all.addAll(others);
      return all;
    }
  }

  @EJB
  private ProductPhotos photos;

  @Inject
  private Language language;

  private final Map<Long, Gallery> galleries = new HashMap<>();
  private final Map<List<Long>, Map<Long, String>> mainPhotos = new HashMap<>();
  /** Keys of the shop's drawings among the main photos read for this page. */
  private final Set<String> illustrationKeys = new HashSet<>();

  public Gallery galleryOf(Product product) {
    if (product == null || product.id() == null) {
      return new Gallery(null, List.of());
    }
    if (!rendering()) {
      return gallery(product.id());
    }
    return galleries.computeIfAbsent(product.id(), this::gallery);
  }

  private Gallery gallery(long productId) {
    List<PhotoInfo> all = photos.photosOf(productId);
    return all.isEmpty() ? new Gallery(null, List.of()) : new Gallery(all.get(0), all.subList(1, all.size()));
  }

  /** Only what the page renders is kept: a postback's earlier phases may run before its action changes the photos. */
  private static boolean rendering() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces != null && faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
  }

  public boolean hasPhotos(Product product) {
    return !galleryOf(product).isEmpty();
  }

  /**
   * The main photo's key by product id for a page of products, in one query: use it as
   * {@code #{productGallery.mainPhotoKeys(list)[product.id()]}} inside the list's repeat.
   */
  public Map<Long, String> mainPhotoKeys(Collection<Product> products) {
    List<Long> ids = products == null ? List.of() : products.stream().map(Product::id).toList();
    return rendering() ? mainPhotos.computeIfAbsent(ids, this::keysOf) : keysOf(ids);
  }

  private Map<Long, String> keysOf(List<Long> productIds) {
    Map<Long, String> keys = new HashMap<>();
    photos.mainPhotos(productIds).forEach((product, photo) -> {
      keys.put(product, photo.key());
      if (photo.illustration()) {
        illustrationKeys.add(photo.key());
      }
    });
    return keys;
  }

  /** The text for a product's picture: its name, or for the shop's drawing "Illustration of" its name. */
  public String altOf(Product product, PhotoInfo photo) {
    return alt(product, photo != null && photo.illustration());
  }

  /** The same for a card's main photo, by the key {@link #mainPhotoKeys} gave. */
  public String cardAlt(Product product, String key) {
    return alt(product, key != null && illustrationKeys.contains(key));
  }

  private String alt(Product product, boolean illustration) {
    Locale locale = language.getLocale();
    String name = product.name(locale);
    return illustration ? Texts.text(locale, "photo.illustration.alt", name) : name;
  }
}
