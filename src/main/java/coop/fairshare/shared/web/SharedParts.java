package coop.fairshare.shared.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How long the parts of a page that are the same for every visitor of a language (a product's
 * facts, its split, the catalog's cards) are kept for signed-in visitors too, with OmniFaces'
 * {@code <o:cache scope="application">}: as long as the anonymous page cache keeps a whole page
 * ({@code fairshare.pageCache.seconds}, 5), so a signed-in shopper never sees a price older than an
 * anonymous one does. 0 turns it off. Only the shared part is kept: the header (who is signed in,
 * her cart) and anything from the address or the session is rendered for each request.
 */
@Named
@ApplicationScoped
public class SharedParts {

  private int seconds;

  @PostConstruct
  void read() {
    seconds = Math.max(0, ConfigProvider.getConfig().getOptionalValue("fairshare.pageCache.seconds", Integer.class).orElse(5));
  }

  public int getSeconds() {
    return seconds;
  }

  public boolean isOff() {
    return seconds == 0;
  }
}
