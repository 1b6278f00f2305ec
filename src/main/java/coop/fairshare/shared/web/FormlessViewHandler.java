package coop.fairshare.shared.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.omnifaces.component.output.Cache;

/**
 * A view that renders no form has nothing to post back, so it keeps no state: it is marked
 * transient before it is rendered. Without this Mojarra opens an HTTP session for every page it
 * renders with server-side state saving, forms or not, and an anonymous visitor browsing the shop
 * would get a session (and a cookie) she never needs; the anonymous page cache would then find
 * nothing it may keep. A view that does render a form (login, registration, the signed-in logout
 * button) keeps its state as before. A part of a page kept by {@code <o:cache>} is not looked into
 * (see {@link SharedParts}): it must hold no Faces form.
 */
public class FormlessViewHandler extends ViewHandlerWrapper {

  public FormlessViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void renderView(FacesContext context, UIViewRoot view) throws IOException {
    // most views hold no form at all: known from the tree alone, without evaluating a single
    // rendered flag (that walk cost a tenth of a signed-in page's render)
    if (!view.isTransient() && view.getChildCount() > 0 && (!holdsForm(view) || !rendersForm(view))) {
      view.setTransient(true);
    }
    super.renderView(context, view);
  }

  /** Whether a form is anywhere in the tree, rendered or not (a kept part holds none). */
  static boolean holdsForm(UIComponent component) {
    return formIn(component);
  }

  /**
   * Whether a form is among the components that will be rendered (assumed so if unsure): a form is
   * rendered when it and every component above it are. Only the forms' own lines up the tree are
   * asked, not every component's flag (that walk was a sixth of the cart's render).
   */
  static boolean rendersForm(UIComponent component) {
    List<UIComponent> forms = new ArrayList<>(2);
    formsIn(component, forms);
    for (UIComponent form : forms) {
      if (renderedWithAllAbove(form)) {
        return true;
      }
    }
    return false;
  }

  private static boolean renderedWithAllAbove(UIComponent form) {
    try {
      for (UIComponent c = form; c != null; c = c.getParent()) {
        if (!c.isRendered()) {
          return false;
        }
      }
      return true;
    } catch (RuntimeException e) {
      return true;
    }
  }

  private static void formsIn(UIComponent component, List<UIComponent> forms) {
    if (component instanceof UIForm) {
      forms.add(component);
      return;
    }
    if (component instanceof Cache) {
      return;
    }
    Iterator<UIComponent> kids = component.getFacetsAndChildren();
    while (kids.hasNext()) {
      formsIn(kids.next(), forms);
    }
  }

  private static boolean formIn(UIComponent component) {
    if (component instanceof UIForm) {
      return true;
    }
    if (component instanceof Cache) {
      // a part kept in the cache (<o:cache>) holds no Faces form, whose state a copy could not carry
      return false;
    }
    Iterator<UIComponent> kids = component.getFacetsAndChildren();
    while (kids.hasNext()) {
      if (formIn(kids.next())) {
        return true;
      }
    }
    return false;
  }

}
