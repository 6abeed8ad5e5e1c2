package org.talentchain.web.base.pdf;

import java.awt.Color;
import java.util.Objects;

/**
 * How a piece of text is set: typeface for its Latin characters (Chinese characters always come
 * from the CJK font), size in points, weight, slant, colour and extra space between characters.
 */
public record TextStyle(
    Typeface face, float size, boolean bold, boolean italic, Color color, float tracking) {

  /** The standard PDF typefaces used for Latin text. */
  public enum Typeface {
    SERIF,
    SANS,
    MONO
  }

  public TextStyle {
    Objects.requireNonNull(face, "face");
    Objects.requireNonNull(color, "color");
    if (!(size > 0 && size < 200)) {
      throw new IllegalArgumentException("size must be between 0 and 200 points: " + size);
    }
    if (tracking < 0 || tracking > size) {
      throw new IllegalArgumentException("tracking must be between 0 and the size: " + tracking);
    }
  }

  /** Regular text of {@code face} and {@code size}, in {@code color}. */
  public static TextStyle of(Typeface face, float size, Color color) {
    return new TextStyle(face, size, false, false, color, 0);
  }

  public TextStyle asBold() {
    return new TextStyle(face, size, true, italic, color, tracking);
  }

  public TextStyle asItalic() {
    return new TextStyle(face, size, bold, true, color, tracking);
  }

  public TextStyle withColor(Color newColor) {
    return new TextStyle(face, size, bold, italic, newColor, tracking);
  }

  public TextStyle withSize(float newSize) {
    return new TextStyle(face, newSize, bold, italic, color, tracking);
  }

  public TextStyle withTracking(float newTracking) {
    return new TextStyle(face, size, bold, italic, color, newTracking);
  }

  /** Baseline-to-baseline distance for wrapped lines of this style. */
  public float leading() {
    return size * 1.38f;
  }
}
