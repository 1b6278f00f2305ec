package coop.fairshare.catalog.web;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.catalog.GroupProducts;
import coop.fairshare.catalog.PhotoInfo;
import coop.fairshare.catalog.PhotoRefused;
import coop.fairshare.catalog.PhotoUpload;
import coop.fairshare.catalog.Product;
import coop.fairshare.catalog.ProductPhotos;
import coop.fairshare.shared.AccessRefused;
import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.NotFound;
import coop.fairshare.shared.web.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

/** A producer's photos of one of her group's products: upload, choose the main one, remove. */
@Named
@ViewScoped
@RetriedOnDeadlock
public class ProductPhotosPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB
  private ProductPhotos photos;

  @EJB
  private GroupProducts products;

  private String product;
  private Long productId;
  private transient Product loaded;
  private transient List<PhotoInfo> list;
  private transient Part file;

  /** Opens the page for a product of the caller's own group; any other product is not there for her. */
  public void load() throws IOException {
    Long id = product != null && product.strip().matches("\\d{1,18}") ? Long.valueOf(product.strip()) : null;
    int refusal = HttpServletResponse.SC_NOT_FOUND;
    try {
      loaded = id == null ? null : products.one(id);
    } catch (NotFound e) {
      loaded = null;
    } catch (AccessRefused e) {
      loaded = null;
      refusal = HttpServletResponse.SC_FORBIDDEN;
    }
    if (loaded == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(refusal, "product");
      faces.responseComplete();
      return;
    }
    productId = id;
  }

  public String upload() {
    try {
      if (file == null || file.getSize() == 0) {
        throw PhotoRefused.empty();
      }
      if (file.getSize() > PhotoUpload.MAX_BYTES) {
        throw PhotoRefused.tooManyBytes();
      }
      byte[] bytes;
      try (InputStream in = file.getInputStream()) {
        bytes = in.readAllBytes();
      }
      photos.add(productId, bytes, file.getContentType());
      Texts.info(null, "photo.added");
    } catch (BusinessRuleViolation e) {
      Texts.error(null, e.messageKey(), e.arguments());
    } catch (IOException e) {
      Texts.error(null, "photo.notAnImage");
    } finally {
      file = null;
    }
    return backHere();
  }

  public String makeMain(long photoId) {
    return change(() -> photos.makeMain(photoId), "photo.mainChosen");
  }

  public String remove(long photoId) {
    return change(() -> photos.remove(photoId), "photo.removed");
  }

  private String change(Runnable change, String doneKey) {
    try {
      change.run();
      Texts.info(null, doneKey);
    } catch (BusinessRuleViolation e) {
      Texts.error(null, e.messageKey(), e.arguments());
    }
    return backHere();
  }

  /**
   * Post, then redirect to the page's own address with the product in it: a reload does not send
   * the photo again, and the language switch and the address bar keep the product.
   */
  private String backHere() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/producer/photos.xhtml?faces-redirect=true&product=" + productId;
  }

  public Product getLoaded() {
    if (loaded == null && productId != null) {
      loaded = products.one(productId);
    }
    return loaded;
  }

  public List<PhotoInfo> getPhotos() {
    if (list == null) {
      list = productId == null ? List.of() : photos.photosOf(productId);
    }
    return list;
  }

  /** Six photos: the upload form gives way to a note. */
  public boolean isFull() {
    return getPhotos().size() >= ProductPhotos.MAX_PHOTOS;
  }

  public int getMaxPhotos() {
    return ProductPhotos.MAX_PHOTOS;
  }

  /** The product id as typed in the address (?product=…); anything but a number is not found. */
  public String getProduct() {
    return product;
  }

  public void setProduct(String product) {
    this.product = product;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
