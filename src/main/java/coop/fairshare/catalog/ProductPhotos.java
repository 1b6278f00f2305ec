package coop.fairshare.catalog;

import coop.fairshare.account.Accounts;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Product photos: a producer adds, removes and orders her own group's products' photos (which
 * product is hers is decided by {@link GroupProducts}, from her account). The
 * first photo (position 0) is the main one, shown on the catalog's cards. Photos are addressed by a
 * random key; a hidden product's are shown only behind the shop (see {@link #jpeg}).
 */
@Stateless
@RolesAllowed(Roles.PRODUCER)
public class ProductPhotos {

  public static final int MAX_PHOTOS = 6;

  /** Which of a photo's two JPEGs. */
  public enum Rendition {
    DISPLAY,
    THUMB
  }

  /**
   * A stored JPEG and the tag that names its content (the SHA-256 of the display bytes); {@code
   * onSale}: its product is in the shop, so anyone may keep a copy.
   */
  public record Jpeg(byte[] bytes, String sha256, boolean onSale) {}

  @PersistenceContext
  private EntityManager em;

  @EJB
  private GroupProducts groupProducts;

  @EJB
  private Accounts accounts;

  @Resource
  private SessionContext session;

  private final Clock clock = Clock.systemUTC();

  /** Checks the file and stores it as the product's last photo (its first becomes the main one). */
  public PhotoInfo add(long productId, byte[] bytes, String declaredType) {
    Product product = groupProducts.one(productId);
    if (photosOf(productId).size() >= MAX_PHOTOS) {
      throw PhotoRefused.tooManyPhotos();
    }
    PhotoUpload upload = PhotoUpload.of(bytes, declaredType);
    // Decoded before the lock, so a checkout reserving this product never waits on an image. The
    // lock makes concurrent uploads take turns: the count below is exact and six is the limit.
    em.lock(product, LockModeType.PESSIMISTIC_WRITE);
    // the shop's drawing stood in for a photo until now: the group's own photo replaces it
    em.createQuery("DELETE FROM ProductPhoto p WHERE p.productId = :product AND p.illustration = TRUE").setParameter("product", productId).executeUpdate();
    int position = photosOf(productId).size();
    if (position >= MAX_PHOTOS) {
      throw PhotoRefused.tooManyPhotos();
    }
    ProductPhoto photo = new ProductPhoto(product, position, upload, session.getCallerPrincipal().getName(), clock.instant());
    em.persist(photo);
    em.flush();
    return photo.info();
  }

  /** Deletes a photo of one of the group's products; the next one becomes the main photo if it was. */
  public void remove(long photoId) {
    List<PhotoInfo> photos = lockedPhotosOfProductOf(photoId);
    em.createQuery("DELETE FROM ProductPhoto p WHERE p.id = :id").setParameter("id", photoId).executeUpdate();
    renumber(photos.stream().filter(p -> p.id() != photoId).toList());
  }

  /** Makes a photo the main one; the others keep their order behind it. */
  public void makeMain(long photoId) {
    List<PhotoInfo> photos = lockedPhotosOfProductOf(photoId);
    List<PhotoInfo> ordered = new ArrayList<>(photos.size());
    photos.stream().filter(p -> p.id() == photoId).forEach(ordered::add);
    photos.stream().filter(p -> p.id() != photoId).forEach(ordered::add);
    renumber(ordered);
  }

  /** A product's photos, main first; no bytes. */
  @PermitAll
  public List<PhotoInfo> photosOf(long productId) {
    List<Object[]> rows = em.createQuery("SELECT p.id, p.publicKey, p.productId, p.position, p.width, p.height, p.sha256, p.illustration FROM ProductPhoto p"
        + " WHERE p.productId = :product ORDER BY p.position, p.id", Object[].class).setParameter("product", productId).getResultList();
    return rows.stream().map(ProductPhotos::info).toList();
  }

  @PermitAll
  public Optional<PhotoInfo> photo(long photoId) {
    return em.createQuery("SELECT p.id, p.publicKey, p.productId, p.position, p.width, p.height, p.sha256, p.illustration FROM ProductPhoto p WHERE p.id = :id", Object[].class)
        .setParameter("id", photoId).getResultStream().findFirst().map(ProductPhotos::info);
  }

  /** The main photo of a product on a catalog card: its key, and whether the shop drew it. */
  public record MainPhoto(String key, boolean illustration) implements java.io.Serializable {}

  /** The main photo of each of these products that has photos, in one query (for a page of catalog cards). */
  @PermitAll
  public Map<Long, MainPhoto> mainPhotos(Collection<Long> productIds) {
    Map<Long, MainPhoto> main = new HashMap<>();
    if (productIds == null || productIds.isEmpty()) {
      return main;
    }
    List<Object[]> rows = em.createQuery("SELECT p.productId, p.publicKey, p.illustration FROM ProductPhoto p WHERE p.productId IN :products AND p.position = 0",
        Object[].class).setParameter("products", List.copyOf(productIds)).getResultList();
    rows.forEach(r -> main.put(((Number) r[0]).longValue(), new MainPhoto((String) r[1], Boolean.TRUE.equals(r[2]))));
    return main;
  }

  /** The main photo's key of each of these products that has photos, in one query. */
  @PermitAll
  public Map<Long, String> mainPhotoKeys(Collection<Long> productIds) {
    Map<Long, String> keys = new HashMap<>();
    mainPhotos(productIds).forEach((product, photo) -> keys.put(product, photo.key()));
    return keys;
  }

  /**
   * The bytes of one of a photo's JPEGs, for the photo servlet. A photo of a product on sale is
   * anyone's to see; one of a hidden product only its own group's producers', a treasurer's and an
   * admin's, and for anyone else it does not exist.
   */
  @PermitAll
  public Optional<Jpeg> jpeg(String key, Rendition rendition) {
    String column = rendition == Rendition.THUMB ? "p.thumb" : "p.display";
    Optional<Object[]> row = em.createQuery("SELECT " + column + ", p.sha256, p.groupId, pr.active FROM ProductPhoto p, Product pr"
        + " WHERE pr.id = p.productId AND p.publicKey = :key", Object[].class).setParameter("key", key).getResultStream().findFirst();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = row.get();
    boolean onSale = Boolean.TRUE.equals(r[3]);
    if (!onSale && !mayLookBehindTheShop(((Number) r[2]).longValue())) {
      return Optional.empty();
    }
    return Optional.of(new Jpeg((byte[]) r[0], (String) r[1], onSale));
  }

  private boolean mayLookBehindTheShop(long groupId) {
    if (session.isCallerInRole(Roles.TREASURER) || session.isCallerInRole(Roles.ADMIN)) {
      return true;
    }
    return session.isCallerInRole(Roles.PRODUCER) && Long.valueOf(groupId).equals(accounts.caller().groupId());
  }

  /** Checks the photo's product is the caller's group's, then locks it so changes to its photos take turns. */
  private List<PhotoInfo> lockedPhotosOfProductOf(long photoId) {
    PhotoInfo photo = photo(photoId).orElseThrow(() -> new NotFound("photo", photoId));
    Product product = groupProducts.one(photo.productId());
    em.lock(product, LockModeType.PESSIMISTIC_WRITE);
    List<PhotoInfo> photos = photosOf(product.id());
    if (photos.stream().noneMatch(p -> p.id() == photoId)) {
      throw new NotFound("photo", photoId);
    }
    return photos;
  }

  private void renumber(List<PhotoInfo> ordered) {
    for (int position = 0; position < ordered.size(); position++) {
      if (ordered.get(position).position() != position) {
        em.createQuery("UPDATE ProductPhoto p SET p.position = :position WHERE p.id = :id")
            .setParameter("position", position).setParameter("id", ordered.get(position).id()).executeUpdate();
      }
    }
  }

  private static PhotoInfo info(Object[] r) {
    return new PhotoInfo(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(), ((Number) r[3]).intValue(), ((Number) r[4]).intValue(),
        ((Number) r[5]).intValue(), (String) r[6], Boolean.TRUE.equals(r[7]));
  }
}
