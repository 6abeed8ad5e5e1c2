package org.talentchain.web.base.abuse;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UrlPathHelper;

/**
 * The path of a request as the application will act on it, for filters that decide by path before
 * Spring MVC does. Deciding on {@code getRequestURI()} lets {@code /%61pi/...}, {@code //api/...}
 * or {@code /api;x=1/...} past a check while Spring still routes them to {@code /api/...} (issue
 * 10, finding 4): here the path is percent-decoded, path parameters are dropped, doubled slashes
 * and dot segments are folded, and letters are lower-cased (so a check covers every spelling, even
 * ones Spring would not route).
 */
public final class RequestPaths {
  private static final UrlPathHelper DECODED = new UrlPathHelper();

  static {
    DECODED.setUrlDecode(true);
    DECODED.setRemoveSemicolonContent(true);
  }

  private RequestPaths() {}

  /** The decoded, normalized, lower-case path within the application, starting with "/". */
  public static String normalized(HttpServletRequest request) {
    String path;
    try {
      path = DECODED.getPathWithinApplication(request);
    } catch (IllegalArgumentException malformedEscape) {
      path = request.getRequestURI();
    }
    // decoding can reveal more semicolons and slashes (%3B, %2F): fold again until stable
    String previous;
    do {
      previous = path;
      path = path.replace('\\', '/');
      int semicolon;
      while ((semicolon = path.indexOf(';')) >= 0) {
        int next = path.indexOf('/', semicolon);
        path = path.substring(0, semicolon) + (next < 0 ? "" : path.substring(next));
      }
      path = path.replaceAll("/{2,}", "/");
      path = StringUtils.cleanPath(path);
    } while (!path.equals(previous));
    if (!path.startsWith("/")) {
      path = "/" + path;
    }
    return path.toLowerCase(Locale.ROOT);
  }

  /** Whether the normalized path is {@code prefix} or lies under it ({@code prefix} lower-case). */
  public static boolean isUnder(HttpServletRequest request, String prefix) {
    String path = normalized(request);
    return path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
  }
}
