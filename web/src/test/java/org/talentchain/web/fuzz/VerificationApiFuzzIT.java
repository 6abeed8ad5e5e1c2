package org.talentchain.web.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.talentchain.core.api.Gen;
import org.talentchain.core.api.QrPayloadCodec;
import org.talentchain.web.issuance.IssuedCredentialRepository;

/**
 * REST bodies fuzzed through Spring MVC against {@code POST /api/v1/verifications}: whatever the
 * body, text or JSON, the answer is a verdict or a problem document with a 4xx status, never a
 * server error. A short run by default; {@code -Dfuzz.tries=N} for the long run (docs/security.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VerificationApiFuzzIT {
  static final Set<Integer> DOCUMENTED = Set.of(200, 400, 413, 415);

  @Autowired WebApplicationContext context;
  @Autowired IssuedCredentialRepository credentials;
  MockMvc mvc;
  String genuine;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws Exception {
    Path data = Files.createTempDirectory("talentchain-fuzz-");
    registry.add("talentchain.data-dir", data::toString);
  }

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).build();
    genuine =
        QrPayloadCodec.encode(
            credentials
                .findByHolderUsernameOrderByIssuedAtDesc("chan.taiman")
                .getFirst()
                .document()
                .present(List.of("holderName", "institution")));
  }

  @Test
  void restBodies_randomOrMutated_areAVerdictOrAProblem() {
    String json =
        credentials
            .findByHolderUsernameOrderByIssuedAtDesc("chan.taiman")
            .getFirst()
            .document()
            .present(List.of("holderName"))
            .toJsonString();
    Gen<String> bodies =
        Gen.oneOf(
            Mutations.ofText(genuine, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:é\n"),
            Mutations.ofText(json, "\"{}[],:0a1Z\\ -.eE"),
            Gen.anyText(2_000),
            Gen.anyText(100).map(s -> "{\"v\":" + s + "}"));
    Gen<MediaType> types = Gen.of(MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON);
    FuzzRun.run(
        "rest-bodies",
        bodies.flatMap(b -> types.map(t -> new Object[] {b, t})),
        FuzzRun.tries(300),
        input -> {
          MvcResult r =
              mvc.perform(
                      post("/api/v1/verifications")
                          .contentType((MediaType) input[1])
                          .header("Accept-Language", "zh-HK")
                          .content((String) input[0]))
                  .andReturn();
          assertThat(r.getResponse().getStatus()).isIn(DOCUMENTED);
        });
  }
}
