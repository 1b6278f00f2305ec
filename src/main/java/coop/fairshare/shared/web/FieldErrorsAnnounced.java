package coop.fairshare.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.EnumSet;
import java.util.Map;

/**
 * Before a page is drawn, every field that has a message says so to assistive technology:
 * {@code aria-invalid} and {@code aria-describedby} naming the message beside it (the page's
 * {@code <field id>-message}), so a screen reader reads the reason when she reaches the field,
 * not only someone who sees the red text. A field whose message is gone loses both again.
 */
public class FieldErrorsAnnounced implements SystemEventListener {

  @Override
  public boolean isListenerForSource(Object source) {
    return source instanceof UIViewRoot;
  }

  @Override
  public void processEvent(SystemEvent event) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.getMaximumSeverity() == null && !faces.isPostback()) {
      return; // a first visit has nothing to announce and nothing to take back
    }
    UIViewRoot view = (UIViewRoot) event.getSource();
    VisitContext visit = VisitContext.createVisitContext(faces, null, EnumSet.of(VisitHint.SKIP_UNRENDERED));
    view.visitTree(visit, (context, component) -> {
      if (component instanceof UIInput field && !repeated(field)) {
        mark(faces, field);
      }
      return VisitResult.ACCEPT;
    });
  }

  /** A field drawn once per row is one component for all rows: marking it would mark every row. */
  private static boolean repeated(UIComponent field) {
    for (UIComponent parent = field.getParent(); parent != null; parent = parent.getParent()) {
      if (parent instanceof jakarta.faces.component.UIData || parent.getClass().getSimpleName().equals("UIRepeat")) {
        return true;
      }
    }
    return false;
  }

  private static void mark(FacesContext faces, UIInput field) {
    Map<String, Object> attributes = field.getPassThroughAttributes();
    boolean hasMessage = !field.isValid() || !faces.getMessageList(field.getClientId(faces)).isEmpty();
    if (!hasMessage) {
      attributes.remove("aria-invalid");
      attributes.remove("aria-describedby");
      return;
    }
    attributes.put("aria-invalid", "true");
    UIComponent message = field.getId() == null ? null : field.findComponent(field.getId() + "-message");
    if (message != null) {
      attributes.put("aria-describedby", message.getClientId(faces));
    }
  }
}
