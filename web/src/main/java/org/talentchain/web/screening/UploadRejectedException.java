package org.talentchain.web.screening;

/**
 * A whole upload is refused (too many items, too large, not a CSV or ZIP file): nothing of it is
 * verified. {@link #key()} and {@link #arguments()} give the explanation in the officer's language.
 */
public final class UploadRejectedException extends Exception {
  private final String key;
  private final transient Object[] arguments;

  UploadRejectedException(String key, Object... arguments) {
    super(key);
    this.key = key;
    this.arguments = arguments.clone();
  }

  public String key() {
    return key;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
