package org.talentchain.core.api;

import java.util.List;
import org.talentchain.core.internal.encoding.Cbor;

/**
 * The fixed dictionaries of credential format version 2: credential types and claim names that are
 * written as a small integer instead of their text. A name in a dictionary is always written as its
 * code (so every value has exactly one encoding); any other valid name is written as text. The
 * lists only ever grow, and only with a new format version, because the codes are signed.
 */
final class CompactNames {
  /** Code i + 1 is {@code TYPES.get(i)}. */
  static final List<String> TYPES = List.of("EducationCredential", "FintechTalentCredential");

  /** Code i + 1 is {@code CLAIMS.get(i)}. */
  static final List<String> CLAIMS =
      List.of(
          "holderName",
          "institution",
          "degree",
          "major",
          "honours",
          "graduationDate",
          "studentNumber",
          "certificateLevel");

  private static final String TYPE_PATTERN = "[A-Z][A-Za-z0-9]{0,63}";

  private CompactNames() {}

  static void writeType(Cbor.Writer w, String type) {
    write(w, TYPES, type);
  }

  static void writeClaimName(Cbor.Writer w, String name) {
    write(w, CLAIMS, name);
  }

  static String readType(Cbor.Reader r) {
    String type = read(r, TYPES, "type");
    if (!type.matches(TYPE_PATTERN)) {
      throw new IllegalArgumentException("type must be a CamelCase identifier");
    }
    return type;
  }

  static String readClaimName(Cbor.Reader r) {
    return ClaimNames.require(read(r, CLAIMS, "claim name"));
  }

  private static void write(Cbor.Writer w, List<String> dictionary, String value) {
    int index = dictionary.indexOf(value);
    if (index >= 0) {
      w.uint(index + 1);
    } else {
      w.text(value);
    }
  }

  private static String read(Cbor.Reader r, List<String> dictionary, String what) {
    if (r.nextIsUint()) {
      return dictionary.get((int) r.uint(1, dictionary.size(), what + " code") - 1);
    }
    String text = r.text(64, what);
    if (dictionary.contains(text)) {
      throw new IllegalArgumentException(what + " " + text + " must be written as its code");
    }
    return text;
  }
}
