package coop.fairshare.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.fairshare.shared.Money;
import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ExpressionFactory;
import jakarta.el.StandardELContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glassfish.expressly.ExpressionFactoryImpl;
import org.junit.jupiter.api.Test;

/** The pages' method-call resolver against the standard one of the EL that Payara Micro runs. */
class MethodCallResolverTest {

  public record Line(long id, String name, Money total, Long reversedBy) {}

  public static class Sums {
    public long times(long amount, int factor) {
      return amount * factor;
    }

    public String twice(String text) {
      return text + text;
    }

    public String twice(int number) {
      return "n" + number * 2;
    }

    public String joined(String... parts) {
      return String.join("+", parts);
    }

    public String refuse() {
      throw new IllegalStateException("refused on purpose");
    }

    public String nothing() {
      return null;
    }

    public String label(Locale locale, Line line) {
      return line.name() + "@" + locale.getLanguage();
    }
  }

  private final ExpressionFactory factory = new ExpressionFactoryImpl();
  private final Line line = new Line(42, "ผ้าทอ", Money.ofSatang(12_345), null);
  private final Map<String, Object> beans = Map.of("line", line, "sums", new Sums(), "locale", Locale.forLanguageTag("th"),
      "lines", List.of(line, line), "text", "ledger.source.");

  private Object evaluate(String expression, boolean withOurs) {
    StandardELContext context = new StandardELContext(factory);
    if (withOurs) {
      context.addELResolver(new MethodCallResolver());
    }
    beans.forEach((name, bean) -> context.getVariableMapper().setVariable(name, factory.createValueExpression(bean, Object.class)));
    return factory.createValueExpression(context, expression, Object.class).getValue(context);
  }

  /** What the page gets with our resolver first is what it got from the standard chain alone. */
  private Object same(String expression) {
    Object standard = evaluate(expression, false);
    Object ours = evaluate(expression, true);
    assertEquals(standard, ours, expression);
    return ours;
  }

  @Test
  void aRecordsAccessorsAnswerAsBeforeAndTheMethodIsFoundOnce() {
    assertEquals(42L, same("#{line.id()}"));
    assertEquals("ผ้าทอ", same("#{line.name()}"));
    assertEquals(Money.ofSatang(12_345), same("#{line.total()}"));
    assertEquals(12_345L, same("#{line.total().satang()}"));
    assertTrue(MethodCallResolver.method(Line.class, "id", 0).isPresent());
    assertSame(MethodCallResolver.method(Line.class, "id", 0).orElseThrow(), MethodCallResolver.method(Line.class, "id", 0).orElseThrow());
  }

  @Test
  void argumentsAreConvertedToTheParametersTypesAsTheStandardResolverDoes() {
    assertEquals(37_035L, same("#{sums.times(line.total().satang(), '3')}"));
    assertEquals("ผ้าทอ@th", same("#{sums.label(locale, line)}"));
    assertEquals("ledger.source.PAYMENT", same("#{text.concat('PAYMENT')}"));
  }

  @Test
  void aMethodReturningNothingIsResolvedToNull() {
    assertNull(same("#{sums.nothing()}"));
    assertNull(same("#{line.reversedBy()}"));
  }

  @Test
  void overloadsVariableArityAndClassesThatAreNotPublicAreLeftToTheStandardResolver() {
    assertEquals("abab", same("#{sums.twice('ab')}"));
    assertFalse(MethodCallResolver.method(Sums.class, "twice", 1).isPresent());
    assertEquals("a+b", same("#{sums.joined('a', 'b')}"));
    assertFalse(MethodCallResolver.method(Sums.class, "joined", 2).isPresent());
    // List.of gives a class of java.base that is not public: its size() is reached through List
    assertEquals(2, same("#{lines.size()}"));
    assertFalse(MethodCallResolver.method(List.of(line, line).getClass(), "size", 0).isPresent());
  }

  @Test
  void theMethodsOwnRefusalReachesThePageAsBefore() {
    ELException standard = assertThrows(ELException.class, () -> evaluate("#{sums.refuse()}", false));
    ELException ours = assertThrows(ELException.class, () -> evaluate("#{sums.refuse()}", true));
    assertInstanceOf(IllegalStateException.class, ours.getCause());
    assertEquals(standard.getCause().getClass(), ours.getCause().getClass());
    assertEquals("refused on purpose", ours.getCause().getMessage());
  }

  @Test
  void anUnknownMethodIsStillAnError() {
    assertThrows(ELException.class, () -> evaluate("#{line.nosuch()}", true));
    assertFalse(MethodCallResolver.method(Line.class, "nosuch", 0).isPresent());
  }

  @Test
  void propertiesAreNotItsBusiness() {
    ELContext context = new StandardELContext(factory);
    MethodCallResolver resolver = new MethodCallResolver();
    assertNull(resolver.getValue(context, line, "name"));
    assertFalse(context.isPropertyResolved());
    assertNull(resolver.invoke(context, line, "name", new Class<?>[0], new Object[0]));
    assertFalse(context.isPropertyResolved());
  }
}
