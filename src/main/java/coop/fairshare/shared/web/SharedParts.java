package coop.fairshare.shared.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How long the parts of a page that are the same for every visitor of a language (a product's
 * facts, its split, the catalog's cards) are kept for signed-in visitors too, with OmniFaces'
 * {@code <o:cache scope="application">}: as long as the anonymous page cache keeps a whole page
 * ({@code fairshare.pageCache.seconds}, 5), so a signed-in shopper never sees a price older than an
 * anonymous one does. 0 turns it off. Only the shared part is kept: the header (who is signed in,
 * her cart) and anything from the address or the session is rendered for each request.
 *
 * <p>Parts of signed-in pages (the trial balance and journal, a group's sales, products and parcels,
 * a shopper's cart, orders and receipt) are kept under a
 * {@link DataKey} of the figures the page has just read, so they are never older than the data:
 * those are kept {@code fairshare.pageCache.dataSeconds} (300) only to bound the memory they take
 * (OmniFaces' application cache holds at most {@code CACHE_SETTING_APPLICATION_MAX_CAPACITY} parts
 * in all, the least recently used going first). 0 turns them off. Such a part is kept only from
 * the second time its figures are asked for ({@link #keeps}): most figures are asked for once.
 */
@Named
@ApplicationScoped
public class SharedParts {

  /** The request's decisions, by part: Faces asks whether a part is off more than once a view. */
  private static final String DECIDED = SharedParts.class.getName() + ".decided";

  private final AskedBefore asked = new AskedBefore();
  private int seconds;
  private int dataSeconds;

  @PostConstruct
  void read() {
    seconds = Math.max(0, ConfigProvider.getConfig().getOptionalValue("fairshare.pageCache.seconds", Integer.class).orElse(5));
    dataSeconds = Math.max(0, ConfigProvider.getConfig().getOptionalValue("fairshare.pageCache.dataSeconds", Integer.class).orElse(300));
  }

  /** How long a part kept under a {@link DataKey} is kept (for memory's sake: it is never stale). */
  public int getDataSeconds() {
    return dataSeconds;
  }

  public boolean isDataOff() {
    return dataSeconds == 0;
  }

  /**
   * Whether the part {@code part} of a page, showing the figures keyed {@code shownKey}
   * ({@link DataKey}), is kept: only when those figures were asked for before on this instance, lately
   * ({@link AskedBefore}); a view asked for once is drawn and forgotten. The same answer for the
   * whole request, however often Faces asks.
   */
  public boolean keeps(String part, String shownKey) {
    if (dataSeconds == 0 || shownKey == null) {
      return false;
    }
    String key = part + ':' + shownKey;
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null) {
      return asked.ask(key);
    }
    @SuppressWarnings("unchecked")
    Map<String, Boolean> decided = (Map<String, Boolean>) faces.getAttributes().computeIfAbsent(DECIDED, k -> new HashMap<String, Boolean>());
    return decided.computeIfAbsent(key, asked::ask);
  }

  public int getSeconds() {
    return seconds;
  }

  public boolean isOff() {
    return seconds == 0;
  }
}
