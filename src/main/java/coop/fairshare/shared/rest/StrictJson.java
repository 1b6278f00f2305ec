package coop.fairshare.shared.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** The one JSON-B setting of the API: whole numbers are read exactly ({@link WholeNumbers}). */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withDeserializers(new WholeNumbers.IntegerReader(), new WholeNumbers.LongReader()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }

  /** The same reader, for a resource that reads its body itself. */
  public static Jsonb jsonb() {
    return JSONB;
  }
}
