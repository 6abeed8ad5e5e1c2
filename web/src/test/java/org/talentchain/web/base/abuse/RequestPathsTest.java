package org.talentchain.web.base.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Issue 10, finding 4: every spelling Spring routes to /api/... is seen as /api/... . */
class RequestPathsTest {
  private static String normalized(String rawUri) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", rawUri);
    return RequestPaths.normalized(request);
  }

  @Test
  void normalized_spellingsOfTheApiPath_areTheApiPath() {
    for (String raw :
        new String[] {
          "/api/v1/verifications",
          "/%61pi/v1/verifications",
          "/%61%70%69/v1/verifications",
          "//api/v1/verifications",
          "/api;x=1/v1/verifications",
          "/api/v1/verifications;jsessionid=ABC",
          "/API/v1/Verifications",
          "/x/../api/v1/verifications",
          "/./api//v1/verifications",
          "/api%3Bx=1/v1/verifications",
        }) {
      assertThat(normalized(raw)).as(raw).isEqualTo("/api/v1/verifications");
    }
  }

  @Test
  void isUnder_prefixIsAWholeSegment() {
    MockHttpServletRequest apix = new MockHttpServletRequest("POST", "/apix/v1");
    MockHttpServletRequest api = new MockHttpServletRequest("POST", "/%61pi");

    assertThat(RequestPaths.isUnder(apix, "/api")).isFalse();
    assertThat(RequestPaths.isUnder(api, "/api")).isTrue();
  }
}
