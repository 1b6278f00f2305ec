package coop.fairshare.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.primefaces.config.PrimeConfiguration;
import org.primefaces.context.PrimeRequestContext;
import org.primefaces.renderkit.HeadRenderer;

/**
 * PrimeFaces' page head, which writes PrimeFaces' theme, icon font, locale script and settings
 * only into pages that use a PrimeFaces component. PrimeFaces writes them into every page;
 * the shop's pages are plain markup, and a phone's first visit of a product page would fetch
 * about 190 KiB (gzipped) of scripts and styles it never runs. A PrimeFaces component asks for its
 * own scripts and styles when it joins the view, so by the time the head is written the view's
 * resources tell whether any is there.
 */
public class PrimeFacesHead extends HeadRenderer {

  private static final String USED = PrimeFacesHead.class.getName() + ".used";

  /** Theme and icon stylesheets: the only ones the head writes by itself. */
  @Override
  protected void encodeCSS(FacesContext context, String library, String name) throws IOException {
    if (usedBy(context)) {
      super.encodeCSS(context, library, name);
    }
  }

  @Override
  protected void encodeLocaleResources(FacesContext context, PrimeConfiguration config) {
    if (usedBy(context)) {
      super.encodeLocaleResources(context, config);
    }
  }

  @Override
  protected void encodeValidationResources(FacesContext context, PrimeConfiguration config) {
    if (usedBy(context)) {
      super.encodeValidationResources(context, config);
    }
  }

  @Override
  protected void encodeSettingScripts(FacesContext context, PrimeRequestContext request, PrimeConfiguration config, ResponseWriter writer) throws IOException {
    if (usedBy(context)) {
      super.encodeSettingScripts(context, request, config, writer);
    }
  }

  /** Decided once per page, before the head adds resources of its own. */
  static boolean usedBy(FacesContext context) {
    return (Boolean) context.getAttributes().computeIfAbsent(USED, key -> {
      if (context.getViewRoot() == null) {
        return true;
      }
      for (String target : List.of("head", "body", "form")) {
        if (asksForPrimeFaces(context.getViewRoot().getComponentResources(context, target).stream().map(UIComponent::getAttributes).toList())) {
          return true;
        }
      }
      return false;
    });
  }

  /**
   * Whether one of these resources (each a component's attributes) is PrimeFaces' own; the icon
   * font and a locale script, which the head adds by itself, are no sign of use.
   */
  static boolean asksForPrimeFaces(Collection<Map<String, Object>> resources) {
    for (Map<String, Object> resource : resources) {
      if ("primefaces".equals(resource.get("library")) && resource.get("name") instanceof String name
          && !name.startsWith("primeicons/") && !name.startsWith("locales/")) {
        return true;
      }
    }
    return false;
  }
}
