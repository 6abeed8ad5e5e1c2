package org.talentchain.core.api;

import java.util.regex.Pattern;

/** Rules for claim names: ASCII identifiers, so they read the same in every implementation. */
final class ClaimNames {
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

  private ClaimNames() {}

  static String require(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "claim name must be an ASCII identifier of at most 64 characters: " + name);
    }
    return name;
  }

  static String requireValue(String name, String value) {
    if (value == null) {
      throw new IllegalArgumentException("claim " + name + " has no value");
    }
    if (value.length() > 1000) {
      throw new IllegalArgumentException("claim " + name + " is longer than 1000 characters");
    }
    return value;
  }
}
