package coop.fairshare.shared.web;

import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.NotFound;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs one use case for a page. A refusal (a broken rule, bad input, no right to it) becomes a
 * message in the visitor's language and the page stays as it was, with what she typed. When the
 * refusal names a field and the page maps that field to one of its inputs, the message goes beside
 * that input; otherwise it is a page message.
 */
public final class PageActions {

  private PageActions() {}

  /** True when the use case went through. */
  public static boolean attempt(Runnable useCase) {
    return attempt(useCase, Map.of());
  }

  /** As {@link #attempt(Runnable)}, with the page's inputs by the domain's field names ("price" → "editor:price"). */
  public static boolean attempt(Runnable useCase, Map<String, String> inputs) {
    return call(() -> {
      useCase.run();
      return Boolean.TRUE;
    }, inputs).isPresent();
  }

  /** As {@link #attempt(Runnable)}, with the page's own words for "not found". */
  public static boolean attempt(Runnable useCase, String notFoundKey, Object... notFoundArguments) {
    return run(() -> {
      useCase.run();
      return Boolean.TRUE;
    }, Map.of(), notFoundKey, notFoundArguments).isPresent();
  }

  /** The use case's result, or empty when it was refused (and the refusal is on the page). */
  public static <T> Optional<T> call(Supplier<T> useCase) {
    return call(useCase, Map.of());
  }

  public static <T> Optional<T> call(Supplier<T> useCase, Map<String, String> inputs) {
    return run(useCase, inputs, null);
  }

  public static <T> Optional<T> call(Supplier<T> useCase, String notFoundKey, Object... notFoundArguments) {
    return run(useCase, Map.of(), notFoundKey, notFoundArguments);
  }

  private static <T> Optional<T> run(Supplier<T> useCase, Map<String, String> inputs, String notFoundKey, Object... notFoundArguments) {
    try {
      return Optional.of(useCase.get());
    } catch (NotFound e) {
      if (notFoundKey != null) {
        Texts.error(null, notFoundKey, notFoundArguments);
      } else {
        refused(e, inputs);
      }
    } catch (BusinessRuleViolation e) {
      refused(e, inputs);
    } catch (IllegalArgumentException e) {
      // only a programming slip reaches here (every refusal is keyed): never show its English text
      Texts.error(null, "error.invalidInput");
    } catch (EJBAccessException e) {
      Texts.error(null, "error.accessRefused");
    }
    return Optional.empty();
  }

  /** Shows a refusal beside the input it names, when the page shows that input now; else on the page. */
  public static void refused(BusinessRuleViolation e, Map<String, String> inputs) {
    // the message goes to the input's own client id (a form that does not prepend its id names its inputs by theirs alone)
    String clientId = e.field().map(inputs::get).map(PageActions::shown).map(UIComponent::getClientId).orElse(null);
    Texts.error(clientId, e.messageKey(), e.arguments());
  }

  /**
   * The input found by its path from the view ("editor:price"), if the page shows it now: one that is
   * not on the page (a hidden choice, say) could not show its message, which would be lost.
   */
  private static UIComponent shown(String path) {
    UIViewRoot view = FacesContext.getCurrentInstance().getViewRoot();
    UIComponent input = view == null ? null : view.findComponent(path);
    for (UIComponent c = input; c != null; c = c.getParent()) {
      if (!c.isRendered()) {
        return null;
      }
    }
    return input;
  }
}
