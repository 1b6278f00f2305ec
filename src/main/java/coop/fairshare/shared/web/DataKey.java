package coop.fairshare.shared.web;

import coop.fairshare.shared.Money;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The key of a part of a signed-in page that is kept while what it shows is unchanged
 * ({@code <o:cache>} with {@link SharedParts#getDataSeconds()}): a digest of the very values the
 * part is drawn from. The values are records (and lists, maps, numbers, text of them), written out
 * component by component ({@link #write}), so two reads of the same figures give one key and any
 * changed figure a new one:
 * a kept part can never be older than the data the page has just read. Rendering, not reading, is
 * what a signed-in page spends its time on, so the page still reads and only the drawing is saved.
 */
public final class DataKey {

  /** Each record class's component accessors, found once (the order is the record's own). */
  private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
    @Override
    protected Method[] computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Method[] accessors = new Method[components.length];
      for (int i = 0; i < components.length; i++) {
        accessors[i] = components[i].getAccessor();
        accessors[i].trySetAccessible(); // a record nested in a page bean need not be public
      }
      return accessors;
    }
  };

  /** Each record class's number in this JVM, its tag in a key's text: the class's full name, 50 characters, for every row made a third of a list's text. */
  private static final AtomicInteger KINDS = new AtomicInteger();

  private static final ClassValue<String> KIND = new ClassValue<>() {
    @Override
    protected String computeValue(Class<?> type) {
      // a number per class and JVM: the kept parts live in this instance's memory only
      return "r" + KINDS.incrementAndGet() + "{";
    }
  };

  private DataKey() {}

  /** A short key of {@code values} in order. */
  public static String of(Object... values) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    StringBuilder text = new StringBuilder(1024);
    for (Object value : values) {
      write(text, value);
    }
    digestChars(digest, text);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest());
  }

  /**
   * The text's UTF-16 code units, two bytes each, into the digest: as faithful as UTF-8 (one text,
   * one byte string) without encoding it first, which took as long as the digest on Thai names.
   */
  private static void digestChars(MessageDigest digest, CharSequence text) {
    byte[] chunk = new byte[8192];
    int filled = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      chunk[filled++] = (byte) (c >>> 8);
      chunk[filled++] = (byte) c;
      if (filled == chunk.length) {
        digest.update(chunk, 0, filled);
        filled = 0;
      }
    }
    digest.update(chunk, 0, filled);
  }

  /**
   * The value as text that names every part of it, each text with its length first so no two values
   * run together. Records are walked component by component rather than through their
   * {@code toString()}, which Java 17 builds with {@code String.format}: keying a journal page that
   * way made a fifth of everything the page allocated.
   */
  static void write(StringBuilder out, Object value) {
    if (value == null) {
      out.append('n');
    } else if (value instanceof CharSequence text) {
      out.append('s').append(text.length()).append(':').append(text);
    } else if (value instanceof Money money) {
      out.append('m').append(money.satang()).append(';');
    } else if (value instanceof Record record) {
      out.append(KIND.get(record.getClass()));
      for (Method accessor : ACCESSORS.get(record.getClass())) {
        write(out, component(accessor, record));
      }
      out.append('}');
    } else if (value instanceof Collection<?> items) {
      out.append('l').append(items.size()).append('[');
      for (Object item : items) {
        write(out, item);
      }
      out.append(']');
    } else if (value instanceof Map<?, ?> map) {
      out.append('M').append(map.size()).append('[');
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        write(out, entry.getKey());
        write(out, entry.getValue());
      }
      out.append(']');
    } else if (value instanceof Optional<?> optional) {
      out.append('o');
      write(out, optional.orElse(null));
    } else if (value instanceof Object[] items) {
      write(out, Arrays.asList(items));
    } else {
      // numbers, dates, enums, and anything else by its own text (an entity's keys are passed as text)
      String text = String.valueOf(value);
      out.append('v').append(text.length()).append(':').append(text);
    }
  }

  private static Object component(Method accessor, Record record) {
    try {
      return accessor.invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + accessor + " for a page's key", e);
    }
  }
}
