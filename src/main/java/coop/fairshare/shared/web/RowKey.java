package coop.fairshare.shared.web;

import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.Objects;

/**
 * What a row of a list stands for (an order's number, a slip's id), drawn into the row and sent back
 * with its form: {@code <fs:rowKey value="#{slip.id()}"/>}, the last thing in a {@code ui:repeat}'s row.
 *
 * <p>Faces finds a row's fields and buttons by their place in the list, and reads the list again when
 * the form comes back. If it moved meanwhile (another treasurer confirmed the slip above, a new order
 * pushed the recent ones down), the third row's button would act on what is third now: a refund on
 * someone else's order, a reason typed for one slip given to the next. A row whose key is not the one
 * drawn there stops the request before anything is checked or changed; what was typed in that row is
 * set aside (it was for another item), what was typed in rows still in place stays, and the page is
 * drawn as the list is now with a message that nothing was done. A row added at the end sends no key
 * and is not in question; a key sent for a row no longer drawn (a row gone from the end, a list
 * emptied, its rows' part of the page no longer shown) is told the same way ({@link Unclaimed}),
 * since its button would otherwise do nothing without a word.
 */
@FacesComponent(value = RowKey.TYPE, createTag = true, tagName = "rowKey", namespace = RowKey.NAMESPACE)
public class RowKey extends UIComponentBase {

  public static final String TYPE = "coop.fairshare.RowKey";
  public static final String NAMESPACE = "coop.fairshare";
  /** Said once however many rows moved. */
  private static final String TOLD = RowKey.class.getName() + ".told";
  /** The keys the rows drawn now took up from what was sent. */
  private static final String CLAIMED = RowKey.class.getName() + ".claimed";
  /** Ends the name a row's key is sent under. */
  static final String SENT_AS = ":rowKey";

  @Override
  public String getFamily() {
    return TYPE;
  }

  /** The key as the row stands now. */
  private String key() {
    return String.valueOf(Objects.requireNonNull(getAttributes().get("value"), "fs:rowKey needs a value"));
  }

  /** The name the key is sent under: the component's id with a mark that tells a row's key among what a form sends. */
  private String name(FacesContext context) {
    return getClientId(context) + SENT_AS;
  }

  @Override
  public void decode(FacesContext context) {
    String name = name(context);
    String sent = context.getExternalContext().getRequestParameterMap().get(name);
    if (sent == null) {
      return;
    }
    claimed(context).add(name);
    if (!sent.equals(key())) {
      setAside(getParent());
      moved(context);
    }
  }

  @SuppressWarnings("unchecked")
  private static java.util.Set<String> claimed(FacesContext context) {
    return (java.util.Set<String>) context.getAttributes().computeIfAbsent(CLAIMED, k -> new java.util.HashSet<String>());
  }

  private static void moved(FacesContext context) {
    context.renderResponse();
    if (context.getAttributes().putIfAbsent(TOLD, Boolean.TRUE) == null) {
      Texts.error(null, "list.moved");
    }
  }

  /**
   * After the form's fields are read and before anything is checked or done: a key the page sent
   * that no row took up now was for a row that is not there any more. Not for an Ajax request that
   * reads only part of the form (its rows are not read, though their keys are sent); none of the
   * lists with keys is sent so today.
   */
  public static class Unclaimed implements jakarta.faces.event.PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public jakarta.faces.event.PhaseId getPhaseId() {
      return jakarta.faces.event.PhaseId.APPLY_REQUEST_VALUES;
    }

    @Override
    public void afterPhase(jakarta.faces.event.PhaseEvent event) {
      FacesContext context = event.getFacesContext();
      jakarta.faces.context.PartialViewContext partial = context.getPartialViewContext();
      if (!context.isPostback() || partial.isAjaxRequest() && !partial.isExecuteAll()) {
        return;
      }
      java.util.Set<String> claimed = claimed(context);
      for (String name : context.getExternalContext().getRequestParameterMap().keySet()) {
        if (name.endsWith(SENT_AS) && !claimed.contains(name)) {
          moved(context);
          return;
        }
      }
    }

    @Override
    public void beforePhase(jakarta.faces.event.PhaseEvent event) {
      // nothing before the fields are read
    }
  }

  /** The row's fields as if nothing had been typed in them: what was typed there belongs to another item. */
  private static void setAside(UIComponent row) {
    for (UIComponent child : row.getChildren()) {
      if (child instanceof EditableValueHolder field) {
        field.resetValue();
      }
      setAside(child);
    }
  }

  @Override
  public void encodeEnd(FacesContext context) throws IOException {
    ResponseWriter writer = context.getResponseWriter();
    writer.startElement("input", this);
    writer.writeAttribute("type", "hidden", null);
    writer.writeAttribute("name", name(context), null);
    writer.writeAttribute("value", key(), null);
    writer.endElement("input");
  }
}
