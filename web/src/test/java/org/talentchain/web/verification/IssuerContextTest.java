package org.talentchain.web.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.talentchain.core.api.QrPayloadCodec;
import org.talentchain.core.api.Verdict;
import org.talentchain.web.consortium.ConsortiumService;
import org.talentchain.web.consortium.IssuerProfile;
import org.talentchain.web.consortium.IssuerRecognition;
import org.talentchain.web.consortium.IssuerRecognition.InvalidRecognitionException;
import org.talentchain.web.consortium.RecognitionKind;
import org.talentchain.web.consortium.Region;
import org.talentchain.web.issuance.IssuedCredential;
import org.talentchain.web.issuance.IssuedCredentialRepository;

/**
 * Recognition context (issue 13): what the consortium records about an issuer reaches the report
 * and the receipt in the reader's language, only with a VALID verdict, only while in force; the
 * admin's entries are bounded.
 */
@SpringBootTest
class IssuerContextTest {
  @Autowired VerificationService verification;
  @Autowired ConsortiumService consortium;
  @Autowired IssuedCredentialRepository credentials;
  @Autowired UserDetailsService userDetails;

  @DynamicPropertySource
  static void embeddedDefaults(DynamicPropertyRegistry registry) throws Exception {
    String dataDir = Files.createTempDirectory("talentchain-recognition-").toString();
    registry.add("talentchain.data-dir", () -> dataDir);
    registry.add("talentchain.demo-data", () -> "true");
  }

  private IssuedCredential demo(String title) {
    return credentials.findByHolderUsernameOrderByIssuedAtDesc("chan.taiman").stream()
        .filter(c -> c.getTitle().equals(title))
        .findFirst()
        .orElseThrow();
  }

  private String qrOf(String title) {
    var c = demo(title).document();
    return QrPayloadCodec.encode(
        c.present(
            Set.of("holderName", "degree", "certificateLevel").stream()
                .filter(c.claims()::containsKey)
                .toList()));
  }

  @Test
  void verify_validHongKongCertificateInSimplifiedChinese_showsJurisdictionAndRecognitions()
      throws Exception {
    VerificationOutcome outcome =
        verification.verify(
            qrOf("Bachelor of Engineering"), Channel.PASTE, null, Locale.SIMPLIFIED_CHINESE);

    assertThat(outcome.verdict()).isEqualTo(Verdict.VALID);
    var context = outcome.issuerContext();
    assertThat(context.jurisdictionCode()).isEqualTo("HONG_KONG_SAR");
    assertThat(context.jurisdiction()).isEqualTo("香港特别行政区");
    assertThat(context.recognitions())
        .extracting(VerificationOutcome.Recognition::kindCode)
        .containsExactly("MAINLAND_MOE", "HK_QF_LEVEL", "ACCREDITATION");
    assertThat(context.recognitions().get(1).kind()).isEqualTo("香港资历架构级别");
    assertThat(context.recognitions().get(1).body()).contains("資歷架構秘書處");
    assertThat(context.recognitions().get(1).reference()).isEqualTo("QF Level 5 · QR 24/000517/L5");

    String receipt =
        ReceiptPdfTest.textAndPreview(
            verification.receiptPdf(outcome, Locale.SIMPLIFIED_CHINESE),
            "service-issuer-record-zh-CN");
    assertThat(receipt).contains("联盟对该签发机构的登记信息（不由签名证明）", "香港特别行政区", "香港资历架构级别", "QR 24/000517/L5");
  }

  @Test
  void verify_validInPortuguese_namesTheBodiesInEnglish() {
    VerificationOutcome outcome =
        verification.verify(qrOf("Bachelor of Engineering"), Channel.API, null, Locale.of("pt"));

    assertThat(outcome.issuerContext().jurisdiction()).isEqualTo("RAE de Hong Kong");
    assertThat(outcome.issuerContext().recognitions())
        .extracting(VerificationOutcome.Recognition::body)
        .contains("Ministry of Education of the People's Republic of China");
  }

  @Test
  void verify_revokedForgedOrExpired_showsNoIssuerContext() throws Exception {
    for (String title :
        new String[] {"Certificate in Blockchain Finance", "English Proficiency Certificate"}) {
      VerificationOutcome outcome =
          verification.verify(qrOf(title), Channel.PASTE, null, Locale.ENGLISH);
      assertThat(outcome.verdict()).isNotEqualTo(Verdict.VALID);
      assertThat(outcome.issuerContext()).as(title).isNull();
    }
    String forged =
        demo("Bachelor of Engineering")
            .document()
            .present(Set.of("holderName", "degree"))
            .toJsonString()
            .replace("\"Bachelor of Engineering\"", "\"Doctor of Medicine\"");
    VerificationOutcome invalid = verification.verify(forged, Channel.API, null, Locale.ENGLISH);
    assertThat(invalid.verdict()).isEqualTo(Verdict.INVALID);
    assertThat(invalid.issuerContext()).isNull();
    String receipt =
        ReceiptPdfTest.textAndPreview(
            verification.receiptPdf(invalid, Locale.ENGLISH), "service-invalid-no-issuer-record");
    assertThat(receipt.toUpperCase(Locale.ROOT))
        .doesNotContain("WHAT THE CONSORTIUM RECORDS ABOUT THIS ISSUER");
  }

  @Test
  void recordRecognition_lapsedOrNotYetInForce_isNotShown() throws Exception {
    IssuerProfile university = demo("Bachelor of Engineering").getIssuer();
    IssuerRecognition lapsed =
        asAdmin(
            () ->
                consortium.recordRecognition(
                    university.getId(),
                    new IssuerRecognition.Entry(
                        RecognitionKind.MACAO_DSEDJ,
                        "澳門教育及青年發展局",
                        "Education and Youth Development Bureau, Macao",
                        "Lapsed 2020",
                        LocalDate.now().minusYears(5),
                        LocalDate.now().minusDays(2))));
    IssuerRecognition future =
        asAdmin(
            () ->
                consortium.recordRecognition(
                    university.getId(),
                    new IssuerRecognition.Entry(
                        RecognitionKind.MACAO_DSEDJ,
                        "澳門教育及青年發展局",
                        "Education and Youth Development Bureau, Macao",
                        "From next year",
                        LocalDate.now().plusYears(1),
                        null)));
    try {
      VerificationOutcome outcome =
          verification.verify(qrOf("Bachelor of Engineering"), Channel.API, null, Locale.ENGLISH);
      assertThat(outcome.issuerContext().recognitions())
          .extracting(VerificationOutcome.Recognition::kindCode)
          .doesNotContain("MACAO_DSEDJ")
          .hasSize(3);
    } finally {
      asAdmin(
          () -> {
            consortium.removeRecognition(lapsed.getId());
            consortium.removeRecognition(future.getId());
            return null;
          });
    }
  }

  @Test
  void recognitionEntry_hostileValues_areRefusedWithAReason() {
    String longBody = "評".repeat(IssuerRecognition.MAX_BODY + 1);
    assertThatThrownBy(() -> entry(longBody, "Body", "Level 5", null))
        .isInstanceOfSatisfying(
            InvalidRecognitionException.class,
            e -> assertThat(e.key()).isEqualTo("recognition.error.body"));
    assertThatThrownBy(() -> entry("機構", "Body", "\u202E\u0000\u200B", null))
        .isInstanceOfSatisfying(
            InvalidRecognitionException.class,
            e -> assertThat(e.key()).isEqualTo("recognition.error.reference"));
    assertThatThrownBy(
            () -> entry("機構", "Body", "x".repeat(IssuerRecognition.MAX_REFERENCE + 1), null))
        .isInstanceOf(InvalidRecognitionException.class);
    assertThatThrownBy(() -> entry("機構", "Body", "Level 5", LocalDate.of(2019, 12, 31)))
        .isInstanceOfSatisfying(
            InvalidRecognitionException.class,
            e -> assertThat(e.key()).isEqualTo("recognition.error.period"));
    // Exactly at the bounds is fine; bidirectional overrides are removed.
    var ok = entry("評".repeat(200), "Body\u202E", "x".repeat(100), null);
    assertThat(ok.bodyEn()).isEqualTo("Body");
  }

  @Test
  void recordRecognition_beyondTheLimit_isRefused() throws Exception {
    IssuerProfile college =
        asAdmin(
            () ->
                consortium.onboard(
                    new ConsortiumService.Onboarding(
                        "澳門示範學院", "Macao Demonstration College", Region.MACAO, Optional.empty())));
    for (int i = 0; i < ConsortiumService.MAX_RECOGNITIONS; i++) {
      int n = i;
      asAdmin(
          () ->
              consortium.recordRecognition(college.getId(), entry("機構", "Body", "Ref " + n, null)));
    }
    assertThatThrownBy(
            () ->
                asAdmin(
                    () ->
                        consortium.recordRecognition(
                            college.getId(), entry("機構", "Body", "One too many", null))))
        .isInstanceOfSatisfying(
            InvalidRecognitionException.class,
            e -> assertThat(e.key()).isEqualTo("recognition.error.tooMany"));
    assertThat(asAdmin(() -> consortium.recognitions(college.getId())))
        .hasSize(ConsortiumService.MAX_RECOGNITIONS);
  }

  private static IssuerRecognition.Entry entry(
      String bodyZh, String bodyEn, String reference, LocalDate until) {
    return new IssuerRecognition.Entry(
        RecognitionKind.ACCREDITATION, bodyZh, bodyEn, reference, LocalDate.of(2020, 1, 1), until);
  }

  @FunctionalInterface
  interface Work<T> {
    T run() throws Exception;
  }

  private <T> T asAdmin(Work<T> work) throws Exception {
    var principal = userDetails.loadUserByUsername("admin");
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            principal, null, principal.getAuthorities()));
    var previous = SecurityContextHolder.getContext();
    SecurityContextHolder.setContext(context);
    try {
      return work.run();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }
}
