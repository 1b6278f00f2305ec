package coop.fairshare.shared.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Method calls in the pages' expressions ({@code #{e.id()}}, {@code #{fmt.money(line.total(),
 * language.locale)}}), with the method looked up once per class, name and number of arguments.
 * The pages call records' accessors a great deal, and the standard {@code BeanELResolver} finds the
 * method again on every call through {@code Class.getMethods()}, which copies every public method
 * of the class each time: a tenth of the journal's render went there.
 *
 * <p>Only a call it can settle as the standard resolver would is taken: exactly one public,
 * non-variable-arity method of that name and number of parameters, declared in a public class.
 * Anything else (overloads, varargs, a class that is not public, explicit parameter types) is left
 * to the resolvers after it, unchanged. Arguments are converted to the parameters' types by the
 * EL context, as the standard resolver does.
 */
public class MethodCallResolver extends ELResolver {

  /** Per class, "name/arity" to the one method to call, or empty when the call is not ours. */
  private static final ClassValue<ConcurrentMap<String, Optional<Method>>> METHODS = new ClassValue<>() {
    @Override
    protected ConcurrentMap<String, Optional<Method>> computeValue(Class<?> type) {
      return new ConcurrentHashMap<>();
    }
  };

  @Override
  public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    if (base == null || method == null || paramTypes != null) {
      return null;
    }
    int arity = params == null ? 0 : params.length;
    Method target = method(base.getClass(), method.toString(), arity).orElse(null);
    if (target == null) {
      return null;
    }
    Object[] arguments = new Object[arity];
    Class<?>[] types = target.getParameterTypes();
    for (int i = 0; i < arity; i++) {
      arguments[i] = context.convertToType(params[i], types[i]);
    }
    Object result;
    try {
      result = target.invoke(base, arguments);
    } catch (IllegalAccessException e) {
      throw new ELException(e);
    } catch (InvocationTargetException e) {
      // as the standard resolver does: the method's own exception, wrapped once
      throw new ELException(e.getCause());
    }
    context.setPropertyResolved(base, method);
    return result;
  }

  static Optional<Method> method(Class<?> type, String name, int arity) {
    return METHODS.get(type).computeIfAbsent(name + '/' + arity, key -> only(type, name, arity));
  }

  private static Optional<Method> only(Class<?> type, String name, int arity) {
    Method found = null;
    for (Method candidate : type.getMethods()) {
      if (!candidate.getName().equals(name) || candidate.getParameterCount() != arity || candidate.isBridge()) {
        continue;
      }
      if (found != null || candidate.isVarArgs()) {
        return Optional.empty(); // overloaded or variable arity: the standard resolver chooses
      }
      found = candidate;
    }
    Class<?> declaring = found == null ? null : found.getDeclaringClass();
    if (declaring == null || !Modifier.isPublic(declaring.getModifiers()) || !declaring.getModule().isExported(declaring.getPackageName())) {
      return Optional.empty();
    }
    return Optional.of(found);
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // properties are the other resolvers' business
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }
}
