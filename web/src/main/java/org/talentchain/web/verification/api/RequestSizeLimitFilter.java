package org.talentchain.web.verification.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.talentchain.web.base.abuse.RequestPaths;

/**
 * Caps request bodies of the public JSON API before anything reads them, so a client cannot make
 * the server buffer megabytes: a declared length over the cap is refused at once, and an undeclared
 * (chunked) body is cut off when it passes the cap. It decides on the path as Spring matches it
 * ({@link RequestPaths}), so {@code /%61pi/...} is capped like {@code /api/...}, and runs before
 * Spring Security. The batch endpoint ({@value #BATCH_PATH}) reads at most its own larger cap.
 */
@Component
@Order(-109)
class RequestSizeLimitFilter extends OncePerRequestFilter {

  /** The batch endpoint takes larger bodies and bounds them itself (issue 13). */
  static final String BATCH_PATH = "/api/v1/verifications/batch";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !RequestPaths.isUnder(request, "/api") || RequestPaths.isUnder(request, BATCH_PATH);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long limit = VerificationController.MAX_BODY_CHARS * 4L;
    if (request.getContentLengthLong() > limit) {
      tooLarge(response, limit);
      return;
    }
    try {
      chain.doFilter(new LimitedRequest(request, limit), response);
    } catch (BodyTooLargeException e) {
      if (!response.isCommitted()) {
        response.reset();
        tooLarge(response, limit);
      }
    }
  }

  private static void tooLarge(HttpServletResponse response, long limit) throws IOException {
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    response.setContentType("application/problem+json");
    response
        .getWriter()
        .write(
            "{\"type\":\"urn:talentchain:problem:body-too-large\",\"title\":\"Content Too"
                + " Large\",\"status\":413,\"detail\":\"The request body is larger than "
                + limit
                + " bytes.\"}");
  }

  /** Thrown from the wrapped stream when the body passes the cap. */
  static final class BodyTooLargeException extends IOException {
    BodyTooLargeException() {
      super("request body too large");
    }
  }

  private static final class LimitedRequest extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;

    LimitedRequest(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream in = super.getInputStream();
        stream =
            new ServletInputStream() {
              private long read;

              @Override
              public int read() throws IOException {
                int b = in.read();
                if (b >= 0 && ++read > limit) {
                  throw new BodyTooLargeException();
                }
                return b;
              }

              @Override
              public int read(byte[] buf, int off, int len) throws IOException {
                int n = in.read(buf, off, len);
                if (n > 0 && (read += n) > limit) {
                  throw new BodyTooLargeException();
                }
                return n;
              }

              @Override
              public boolean isFinished() {
                return in.isFinished();
              }

              @Override
              public boolean isReady() {
                return in.isReady();
              }

              @Override
              public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
              }
            };
      }
      return stream;
    }
  }
}
