package org.talentchain.web.base.abuse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * File uploads (the verifier's QR photos, the issuer's CSV files) per client address, refused with
 * 429 before a byte of the body is read: each upload may be megabytes and a photo costs a decoder.
 * Vaadin posts every upload under {@code /VAADIN/dynamic/resource/}. Runs before Spring Security,
 * so refused uploads cost neither a session nor a CSRF check.
 */
@Component
@Order(-110)
class UploadRateLimitFilter extends PostRateLimitFilter {
  UploadRateLimitFilter(@Value("${talentchain.uploads.rate-per-minute:20}") int perMinute) {
    super(perMinute, "/vaadin/dynamic/resource", "uploads");
  }
}
