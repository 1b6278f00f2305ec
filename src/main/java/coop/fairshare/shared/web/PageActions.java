package coop.fairshare.shared.web;

import coop.fairshare.shared.BusinessRuleViolation;
import coop.fairshare.shared.NotFound;
import jakarta.ejb.EJBAccessException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs one use case for a page. A refusal (a broken rule, bad input, no right to it) becomes a
 * message in the visitor's language and the page stays as it was, with what she typed.
 */
public final class PageActions {

  private PageActions() {}

  /** True when the use case went through. */
  public static boolean attempt(Runnable useCase) {
    return attempt(useCase, null);
  }

  /** As {@link #attempt(Runnable)}, with the page's own words for "not found". */
  public static boolean attempt(Runnable useCase, String notFoundKey, Object... notFoundArguments) {
    return call(() -> {
      useCase.run();
      return Boolean.TRUE;
    }, notFoundKey, notFoundArguments).isPresent();
  }

  /** The use case's result, or empty when it was refused (and the refusal is on the page). */
  public static <T> Optional<T> call(Supplier<T> useCase) {
    return call(useCase, null);
  }

  public static <T> Optional<T> call(Supplier<T> useCase, String notFoundKey, Object... notFoundArguments) {
    try {
      return Optional.of(useCase.get());
    } catch (NotFound e) {
      if (notFoundKey != null) {
        Texts.error(null, notFoundKey, notFoundArguments);
      } else {
        Texts.error(null, e.messageKey(), e.arguments());
      }
    } catch (BusinessRuleViolation e) {
      Texts.error(null, e.messageKey(), e.arguments());
    } catch (IllegalArgumentException e) {
      Texts.error(null, "error.invalidInput");
    } catch (EJBAccessException e) {
      Texts.error(null, "error.accessRefused");
    }
    return Optional.empty();
  }
}
