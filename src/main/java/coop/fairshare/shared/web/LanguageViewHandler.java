package coop.fairshare.shared.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * Every view speaks the language the visitor chose (the cookie), not the browser's
 * Accept-Language, from the very first phase: view actions and validation messages included.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

  public LanguageViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    Object request = context.getExternalContext().getRequest();
    if (request instanceof HttpServletRequest http) {
      return Language.of(http);
    }
    return super.calculateLocale(context);
  }
}
