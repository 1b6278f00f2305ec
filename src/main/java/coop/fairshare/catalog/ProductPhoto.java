package coop.fairshare.catalog;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One stored photo of a product: the re-encoded JPEGs of a {@link PhotoUpload}, never the file as
 * uploaded. Its bytes never change; only its place among the product's photos does.
 */
@Entity
@Table(name = "product_photo")
public class ProductPhoto {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  /** The photo's address: random, so nobody finds a hidden product's photos by counting. */
  @Column(name = "public_key", nullable = false, updatable = false)
  private String publicKey;

  @Column(name = "product_id", nullable = false, updatable = false)
  private long productId;

  @Column(name = "group_id", nullable = false, updatable = false)
  private long groupId;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "width", nullable = false, updatable = false)
  private int width;

  @Column(name = "height", nullable = false, updatable = false)
  private int height;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "display_jpeg", nullable = false, updatable = false)
  private byte[] display;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "thumb_jpeg", nullable = false, updatable = false)
  private byte[] thumb;

  @Column(name = "sha256", nullable = false, updatable = false)
  private String sha256;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  /** Drawn by the shop ({@link ProductIllustration}), not taken by the group: pages say so. */
  @Column(name = "illustration", nullable = false, updatable = false)
  private boolean illustration;

  private static final SecureRandom KEYS = new SecureRandom();

  protected ProductPhoto() {}

  /** A product's illustration: the main picture until its group adds a real photo. */
  static ProductPhoto illustration(Product product, PhotoUpload drawn, Instant createdAt) {
    ProductPhoto photo = new ProductPhoto(product, 0, drawn, ProductIllustration.DRAWN_BY, createdAt);
    photo.illustration = true;
    return photo;
  }

  ProductPhoto(Product product, int position, PhotoUpload upload, String createdBy, Instant createdAt) {
    if (position < 0 || position >= ProductPhotos.MAX_PHOTOS) {
      throw PhotoRefused.tooManyPhotos();
    }
    byte[] random = new byte[16];
    KEYS.nextBytes(random);
    this.publicKey = HexFormat.of().formatHex(random);
    this.productId = product.id();
    this.groupId = product.group().id();
    this.position = position;
    this.width = upload.size().width();
    this.height = upload.size().height();
    this.display = upload.display();
    this.thumb = upload.thumb();
    this.sha256 = upload.sha256();
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  PhotoInfo info() {
    return new PhotoInfo(id, publicKey, productId, position, width, height, sha256, illustration);
  }
}
