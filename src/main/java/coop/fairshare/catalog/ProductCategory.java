package coop.fairshare.catalog;

/** The three kinds of things the groups sell. Only processed food carries food facts. */
public enum ProductCategory {
  HANDICRAFT,
  PROCESSED_FOOD,
  OEM;

  public boolean isFood() {
    return this == PROCESSED_FOOD;
  }
}
