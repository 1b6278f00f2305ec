package coop.fairshare.shared;

import java.io.Serializable;
import java.util.List;

/** A message argument that is itself a bundle key, so it is shown in the reader's language too. */
public record TextKey(String key, List<Serializable> arguments) implements Serializable {

  public TextKey {
    arguments = List.copyOf(arguments);
  }

  public TextKey(String key) {
    this(key, List.of());
  }
}
