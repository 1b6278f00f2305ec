package coop.fairshare.catalog;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The installed font a picture's Thai words are drawn in. A font that cannot show a character
 * draws an empty box in its place, so a text goes into a picture only in a font that shows every
 * one of its characters ({@link Font#canDisplayUpTo}); Debian's {@code fonts-thai-tlwg} has them.
 */
final class ThaiLettering {

  /** Plain, readable faces first; any other installed font that covers the text will do. */
  private static final List<String> PREFERRED = List.of("Loma", "Garuda", "Sarabun", "Noto Sans Thai", "Noto Sans Thai UI", "Waree", "Umpush",
      "Tlwg Typo", "Kinnari", "Norasi", "Laksaman");

  private static volatile List<String> installed;

  private ThaiLettering() {}

  /** A bold font of this size that shows every character of the text, if one is installed. */
  static Optional<Font> fontFor(String text, int size) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    for (String family : families()) {
      Font font = new Font(family, Font.BOLD, size);
      // an unknown family silently becomes "Dialog": only a font that is what it says counts
      if (font.getFamily().equals(family) && font.canDisplayUpTo(text) == -1) {
        return Optional.of(font);
      }
    }
    return Optional.empty();
  }

  private static List<String> families() {
    List<String> known = installed;
    if (known == null) {
      Set<String> all = Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()).collect(Collectors.toSet());
      List<String> ordered = new java.util.ArrayList<>(PREFERRED.stream().filter(all::contains).toList());
      all.stream().sorted().filter(f -> !ordered.contains(f) && !isLogical(f)).forEach(ordered::add);
      known = List.copyOf(ordered);
      installed = known;
    }
    return known;
  }

  /** Java's own names for whatever fonts it maps them to: not a font the text was checked in. */
  private static boolean isLogical(String family) {
    return switch (family) {
      case Font.DIALOG, Font.DIALOG_INPUT, Font.SANS_SERIF, Font.SERIF, Font.MONOSPACED -> true;
      default -> false;
    };
  }
}
