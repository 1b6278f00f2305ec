package coop.fairshare.shared.web;

import coop.fairshare.shared.Money;
import coop.fairshare.shared.Named;
import coop.fairshare.shared.TextKey;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Page text from the Thai and English bundles, and messages for the page built from it. */
public final class Texts {

  public static final String BUNDLE = "coop.fairshare.i18n.messages";

  private Texts() {}

  public static String text(Locale locale, String key, Object... arguments) {
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    } catch (MissingResourceException e) {
      pattern = key;
    }
    if (arguments.length == 0) {
      return pattern;
    }
    Object[] localized = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      Object argument = arguments[i];
      localized[i] = argument instanceof Named name ? name.in(locale)
          : argument instanceof TextKey named ? text(locale, named.key(), named.arguments().toArray())
          : argument instanceof Money money ? money.format(locale)
          : argument;
    }
    return new MessageFormat(pattern, locale).format(localized);
  }

  public static String text(String key, Object... arguments) {
    return text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, arguments);
  }

  public static void error(String clientId, String key, Object... arguments) {
    add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  public static void info(String clientId, String key, Object... arguments) {
    add(clientId, FacesMessage.SEVERITY_INFO, key, arguments);
  }

  private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
    String text = text(key, arguments);
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
  }
}
