package coop.fairshare.shared;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;
import java.io.Reader;
import java.io.Writer;

/**
 * JSON-P builders, readers and writers from one provider found once. {@code jakarta.json.Json}'s
 * static methods look the provider up again on every call, through the service loader and the
 * app's jars: a tenth of a product page's CPU went there (its JSON-LD takes seven builders).
 */
public final class Jsons {

  private static final JsonProvider PROVIDER = JsonProvider.provider();

  private Jsons() {}

  public static JsonObjectBuilder object() {
    return PROVIDER.createObjectBuilder();
  }

  public static JsonArrayBuilder array() {
    return PROVIDER.createArrayBuilder();
  }

  public static JsonWriter writer(Writer out) {
    return PROVIDER.createWriter(out);
  }

  public static JsonReader reader(Reader in) {
    return PROVIDER.createReader(in);
  }
}
