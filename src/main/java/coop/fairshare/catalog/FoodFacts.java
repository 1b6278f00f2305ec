package coop.fairshare.catalog;

import coop.fairshare.shared.BadInput;
import coop.fairshare.shared.Bilingual;
import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What Thai law and a careful shopper need to know about a processed food: ingredients, allergens,
 * shelf life and the Thai FDA number (เลขสารบบอาหาร อย.), 13 digits written 12-3-45678-9-0123.
 */
public record FoodFacts(
    String ingredientsTh,
    String ingredientsEn,
    String allergensTh,
    String allergensEn,
    int shelfLifeDays,
    String fdaNumber)
    implements Serializable {

  private static final Pattern FDA_NUMBER = Pattern.compile("[0-9]{2}-[0-9]-[0-9]{5}-[0-9]-[0-9]{4}");

  public FoodFacts {
    ingredientsTh = Bilingual.require(ingredientsTh, 10_000, "ingredientsTh");
    ingredientsEn = ingredientsEn == null || ingredientsEn.isBlank() ? null : Bilingual.require(ingredientsEn, 10_000, "ingredientsEn");
    allergensTh = Bilingual.require(allergensTh, 400, "allergensTh");
    allergensEn = allergensEn == null || allergensEn.isBlank() ? null : Bilingual.require(allergensEn, 400, "allergensEn");
    if (shelfLifeDays <= 0 || shelfLifeDays > 3650) {
      throw new BadInput("food.shelfLife.range").on("shelfLifeDays");
    }
    fdaNumber = normaliseFdaNumber(fdaNumber);
  }

  /** Accepts the 13 digits with or without dashes and writes them the way the label does. */
  static String normaliseFdaNumber(String raw) {
    if (raw == null) {
      throw new BadInput("food.fda.required").on("fdaNumber");
    }
    String digits = raw.replaceAll("[\\s-]", "");
    if (!digits.matches("[0-9]{13}")) {
      throw new BadInput("food.fda.digits").on("fdaNumber");
    }
    String formatted = digits.substring(0, 2) + "-" + digits.charAt(2) + "-" + digits.substring(3, 8) + "-" + digits.charAt(8) + "-" + digits.substring(9);
    if (!FDA_NUMBER.matcher(formatted).matches()) {
      throw new IllegalStateException("FDA number formatting is broken");
    }
    return formatted;
  }

  public String ingredients(Locale locale) {
    return Bilingual.pick(locale, ingredientsTh, ingredientsEn);
  }

  public String allergens(Locale locale) {
    return Bilingual.pick(locale, allergensTh, allergensEn);
  }
}
