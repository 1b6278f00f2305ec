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
 * and is not in question; a row gone from the end (its key sent, no row there now) is told as a move,
 * since its button would otherwise do nothing without a word.
 */
@FacesComponent(value = RowKey.TYPE, createTag = true, tagName = "rowKey", namespace = RowKey.NAMESPACE)
public class RowKey extends UIComponentBase {

  public static final String TYPE = "coop.fairshare.RowKey";
  public static final String NAMESPACE = "coop.fairshare";
  /** Said once however many rows moved. */
  private static final String TOLD = RowKey.class.getName() + ".told";

  @Override
  public String getFamily() {
    return TYPE;
  }

  /** The key as the row stands now. */
  private String key() {
    return String.valueOf(Objects.requireNonNull(getAttributes().get("value"), "fs:rowKey needs a value"));
  }

  @Override
  public void decode(FacesContext context) {
    java.util.Map<String, String> posted = context.getExternalContext().getRequestParameterMap();
    String sent = posted.get(getClientId(context));
    if (sent == null) {
      return;
    }
    if (!sent.equals(key())) {
      setAside(getParent());
      moved(context);
    } else if (rowAfterGone(context, posted)) {
      moved(context);
    }
  }

  private static void moved(FacesContext context) {
    context.renderResponse();
    if (context.getAttributes().putIfAbsent(TOLD, Boolean.TRUE) == null) {
      Texts.error(null, "list.moved");
    }
  }

  /**
   * Whether this is the list's last row now while the page sent a key for a row after it: a row
   * drawn at the end has gone (its item was confirmed, called off or removed meanwhile).
   */
  private boolean rowAfterGone(FacesContext context, java.util.Map<String, String> posted) {
    UIComponent list = getParent();
    while (list != null && !(list instanceof jakarta.faces.component.NamingContainer && list.getAttributes().get("var") != null)) {
      list = list.getParent();
    }
    if (list == null || !(list.getAttributes().get("value") instanceof java.util.Collection<?> rows)) {
      return false;
    }
    String separator = String.valueOf(jakarta.faces.component.UINamingContainer.getSeparatorChar(context));
    // the list's own id as Mojarra gives it inside a row ends with the row's index ("orders:awaiting:3")
    String row = list.getClientId(context);
    String mine = getClientId(context);
    int cut = row.lastIndexOf(separator);
    if (cut < 0 || !mine.startsWith(row + separator)) {
      return false;
    }
    int index;
    try {
      index = Integer.parseInt(row.substring(cut + 1));
    } catch (NumberFormatException e) {
      return false;
    }
    String next = row.substring(0, cut + 1) + (index + 1) + mine.substring(row.length());
    return index == rows.size() - 1 && posted.containsKey(next);
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
    writer.writeAttribute("name", getClientId(context), null);
    writer.writeAttribute("value", key(), null);
    writer.endElement("input");
  }
}
