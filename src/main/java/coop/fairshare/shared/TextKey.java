package coop.fairshare.shared;

import java.io.Serializable;

/** A message argument that is itself a bundle key, so it is shown in the reader's language too. */
public record TextKey(String key) implements Serializable {}
