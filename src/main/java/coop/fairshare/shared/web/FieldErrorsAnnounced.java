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
 * not only someone who sees the red text. A field whose message is gone loses both again. A field
 * drawn once per row (a cart's quantities, a group's stock counts) is one component for all its
 * rows, so it gets both as expressions asked again as each row is drawn: only the refused row's
 * field says so.
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
      if (component instanceof UIInput field) {
        if (repeated(field)) {
          markEachRow(field);
        } else {
          mark(faces, field);
        }
      }
      return VisitResult.ACCEPT;
    });
  }

  /** A field drawn once per row is one component for all rows: a fixed mark would mark every row. */
  private static boolean repeated(UIComponent field) {
    for (UIComponent parent = field.getParent(); parent != null; parent = parent.getParent()) {
      if (parent instanceof jakarta.faces.component.UIData || parent.getClass().getSimpleName().equals("UIRepeat")) {
        return true;
      }
    }
    return false;
  }

  private static void markEachRow(UIInput field) {
    Map<String, Object> attributes = field.getPassThroughAttributes();
    if (!(attributes.get("aria-invalid") instanceof RowMark)) {
      attributes.put("aria-invalid", new RowMark(false));
      attributes.put("aria-describedby", new RowMark(true));
    }
  }

  private static boolean refused(FacesContext faces, UIInput field) {
    return !field.isValid() || !faces.getMessageList(field.getClientId(faces)).isEmpty();
  }

  /** The message shown beside a field: the page names it after the field ({@code <field id>-message}). */
  private static UIComponent messageOf(UIInput field) {
    return field.getId() == null ? null : field.findComponent(field.getId() + "-message");
  }

  private static void mark(FacesContext faces, UIInput field) {
    Map<String, Object> attributes = field.getPassThroughAttributes();
    if (!refused(faces, field)) {
      attributes.remove("aria-invalid");
      attributes.remove("aria-describedby");
      return;
    }
    attributes.put("aria-invalid", "true");
    UIComponent message = messageOf(field);
    if (message != null) {
      attributes.put("aria-describedby", message.getClientId(faces));
    }
  }

  /**
   * {@code aria-invalid} ("true") or {@code aria-describedby} (the row's own message) of the field
   * being drawn, for the row being drawn; nothing (no attribute) for a row without a refusal. Kept
   * in the view's state with the field, so it has to be serializable and hold nothing but its kind.
   */
  static final class RowMark extends jakarta.el.ValueExpression {
    private static final long serialVersionUID = 1L;
    private final boolean describedBy;

    RowMark(boolean describedBy) {
      this.describedBy = describedBy;
    }

    @Override
    public Object getValue(jakarta.el.ELContext context) {
      FacesContext faces = FacesContext.getCurrentInstance();
      if (faces == null || !(UIComponent.getCurrentComponent(faces) instanceof UIInput field) || !refused(faces, field)) {
        return null;
      }
      if (!describedBy) {
        return "true";
      }
      UIComponent message = messageOf(field);
      return message == null ? null : message.getClientId(faces);
    }

    @Override
    public void setValue(jakarta.el.ELContext context, Object value) {
      throw new jakarta.el.PropertyNotWritableException("aria");
    }

    @Override
    public boolean isReadOnly(jakarta.el.ELContext context) {
      return true;
    }

    @Override
    public Class<?> getType(jakarta.el.ELContext context) {
      return String.class;
    }

    @Override
    public Class<?> getExpectedType() {
      return String.class;
    }

    @Override
    public String getExpressionString() {
      return describedBy ? "aria-describedby of this row" : "aria-invalid of this row";
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof RowMark mark && mark.describedBy == describedBy;
    }

    @Override
    public int hashCode() {
      return Boolean.hashCode(describedBy);
    }

    @Override
    public boolean isLiteralText() {
      return false;
    }
  }
}
