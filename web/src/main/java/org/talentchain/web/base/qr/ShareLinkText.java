package org.talentchain.web.base.qr;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a share link as its QR code carries it: {@code <public URL>/S/<id>#<key>}, with the
 * id (16 characters) and the key (52) in Base32. A phone's camera app opens it by itself; the
 * verifier page, which is handed the same text by its camera, an uploaded photo or a paste,
 * recognises it here and opens the share on this application, whatever host the link names (a
 * verifier never follows a scanned link to another site; a link of another deployment then simply
 * does not open here).
 *
 * @param id the share's id, upper case
 * @param key the key from the link's fragment, upper case
 */
public record ShareLinkText(String id, String key) {
  /** The longest text looked at: a link is about 100 characters, a pasted page is not one. */
  public static final int MAX_LENGTH = 2_000;

  private static final Pattern LINK =
      Pattern.compile(
          "https?://[^/?#\\s]+(?:/[^?#\\s]*)?/S/([A-Z2-7]{16})#([A-Z2-7]{52})",
          Pattern.CASE_INSENSITIVE);

  /** Reads {@code text} as a share link; empty when it is anything else. */
  public static Optional<ShareLinkText> parse(String text) {
    if (text == null || text.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    Matcher m = LINK.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new ShareLinkText(
            m.group(1).toUpperCase(Locale.ROOT), m.group(2).toUpperCase(Locale.ROOT)));
  }

  /**
   * The link to share {@code id} with {@code key} under {@code publicUrl}. Scheme and host are
   * case-insensitive and written upper case, like the id and key, so that a QR code encodes all but
   * the {@code #} in alphanumeric mode; a path the public URL has is kept as configured.
   */
  public static String url(String publicUrl, String id, String key) {
    java.net.URI base = java.net.URI.create(publicUrl.strip());
    String path = base.getRawPath() == null ? "" : base.getRawPath();
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    String origin = base.getScheme() + "://" + base.getRawAuthority();
    return origin.toUpperCase(Locale.ROOT) + path + "/S/" + id + "#" + key;
  }

  /**
   * Where this share opens on the application showing the current page, relative to the
   * application's root (so a context path is kept): {@code S/<id>#<key>}.
   */
  public String relativeLocation() {
    return "S/" + id + "#" + key;
  }
}
