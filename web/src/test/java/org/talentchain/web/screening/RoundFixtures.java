package org.talentchain.web.screening;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.talentchain.core.api.Bytes32;
import org.talentchain.core.api.CredentialDraft;
import org.talentchain.core.api.CredentialIssuer;
import org.talentchain.core.api.HolderCredential;
import org.talentchain.core.api.Presentation;
import org.talentchain.core.api.QrPayloadCodec;
import org.talentchain.core.api.SigningKey;
import org.talentchain.core.api.Sm2Keys;
import org.talentchain.core.spi.CredentialLedger;
import org.talentchain.core.spi.Ledgers;
import org.talentchain.web.issuance.IssuedCredential;
import org.talentchain.web.issuance.IssuedCredentialRepository;

/**
 * The items of a recruitment round for tests, from the demo data's real credentials: genuine,
 * revoked and tampered QR texts, one from an issuer the consortium never registered.
 */
public final class RoundFixtures {
  private final IssuedCredentialRepository credentials;

  public RoundFixtures(IssuedCredentialRepository credentials) {
    this.credentials = credentials;
  }

  public IssuedCredential demo(String titleStart) {
    return credentials.findByHolderUsernameOrderByIssuedAtDesc("chan.taiman").stream()
        .filter(x -> x.getTitle().startsWith(titleStart))
        .findFirst()
        .orElseThrow();
  }

  public Presentation presentation(String titleStart) {
    HolderCredential c = demo(titleStart).document();
    return c.present(
        List.of("holderName", "degree", "certificateLevel").stream()
            .filter(c.claims()::containsKey)
            .toList());
  }

  public String qr(String titleStart) {
    return QrPayloadCodec.encode(presentation(titleStart));
  }

  /** The genuine certificate with its title changed after signing: its signature fails. */
  public String tamperedQr(String titleStart) throws Exception {
    ObjectNode json =
        (ObjectNode) new ObjectMapper().readTree(presentation(titleStart).toJsonString());
    ((ObjectNode) json.get("vc")).put("name", "Doctor of Philosophy");
    return QrPayloadCodec.encode(Presentation.parse(json.toString()));
  }

  public Bytes32 statusId(String titleStart) {
    return presentation(titleStart).statusId();
  }

  /** A certificate from an issuer this consortium never registered (anchored elsewhere). */
  public static String unknownIssuerQr(Path dir) throws Exception {
    SigningKey foreignAdmin = Sm2Keys.generate();
    SigningKey foreignIssuer = Sm2Keys.generate();
    try (CredentialLedger elsewhere =
        Ledgers.embedded(dir.resolve("elsewhere"), foreignAdmin, Clock.systemUTC())) {
      elsewhere.registerIssuer(
          foreignAdmin, foreignIssuer.publicKey(), Bytes32.sm3(new byte[] {1}));
      Map<String, String> claims = new LinkedHashMap<>();
      claims.put("holderName", "陳大文 CHAN Tai Man");
      claims.put("degree", "Master of Science");
      CredentialDraft draft =
          CredentialDraft.create(
              "EducationCredential",
              "Master of Science",
              Instant.now().minusSeconds(60),
              null,
              claims);
      HolderCredential c =
          new CredentialIssuer(foreignIssuer.publicKey().address(), foreignIssuer)
              .issue(List.of(draft), elsewhere)
              .credentials()
              .get(0);
      return QrPayloadCodec.encode(c.present(List.of("holderName", "degree")));
    }
  }

  @FunctionalInterface
  public interface Work<T> {
    T run() throws Exception;
  }

  /** Runs as a demo account, through the real authorization checks. */
  public static <T> T as(UserDetailsService users, String username, Work<T> work) throws Exception {
    var principal = users.loadUserByUsername(username);
    var previous = SecurityContextHolder.getContext();
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            principal, null, principal.getAuthorities()));
    SecurityContextHolder.setContext(context);
    try {
      return work.run();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }
}
