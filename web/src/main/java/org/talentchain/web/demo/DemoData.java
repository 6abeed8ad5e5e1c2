package org.talentchain.web.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.talentchain.web.base.ledger.DeploymentSetup;
import org.talentchain.web.base.ledger.TalentChainProperties;
import org.talentchain.web.consortium.ConsortiumService;
import org.talentchain.web.consortium.IssuerProfile;
import org.talentchain.web.consortium.IssuerProfileRepository;
import org.talentchain.web.consortium.IssuerRecognition;
import org.talentchain.web.consortium.RecognitionKind;
import org.talentchain.web.consortium.Region;
import org.talentchain.web.issuance.ClaimService;
import org.talentchain.web.issuance.IssuanceBatch;
import org.talentchain.web.issuance.IssuanceResult;
import org.talentchain.web.issuance.IssuanceService;
import org.talentchain.web.issuance.IssueRequest;
import org.talentchain.web.issuance.IssuedClaimCode;
import org.talentchain.web.issuance.IssuedCredential;
import org.talentchain.web.issuance.IssuedCredentialRepository;
import org.talentchain.web.issuance.StatusReason;
import org.talentchain.web.security.AppUser;
import org.talentchain.web.security.AppUserRepository;

/**
 * On the first start with embedded defaults: one university, its registrar, a holder, and the
 * holder's credentials in every state (valid, revoked, suspended, expired), so that a newcomer can
 * try every journey at once. Runs through the same services as people do, so everything is really
 * signed and anchored, and the holder claims their certificates with the one-time codes the
 * registrar's issuance produced. Only in the embedded demo set-up (embedded ledger on embedded H2):
 * with PostgreSQL or the FISCO ledger the flag is ignored with a warning, because these accounts'
 * passwords are published in the README (issue 10, finding 1).
 */
@Component
class DemoData implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(DemoData.class);
  static final String ADMIN = "admin";
  static final String REGISTRAR = "registrar";
  static final String HOLDER = "chan.taiman";
  static final String ADMIN_PASSWORD = "admin-demo-2026";
  static final String REGISTRAR_PASSWORD = "registrar-demo-2026";
  static final String HOLDER_PASSWORD = "holder-demo-2026";
  static final String HR = "hr";
  static final String HR_PASSWORD = "hr-demo-2026";

  private final TalentChainProperties properties;
  private final DeploymentSetup setup;
  private final AppUserRepository users;
  private final IssuerProfileRepository issuers;
  private final IssuedCredentialRepository credentials;
  private final ConsortiumService consortium;
  private final IssuanceService issuance;
  private final ClaimService claims;
  private final PasswordEncoder passwords;
  private final UserDetailsService userDetails;

  DemoData(
      TalentChainProperties properties,
      DeploymentSetup setup,
      AppUserRepository users,
      IssuerProfileRepository issuers,
      IssuedCredentialRepository credentials,
      ConsortiumService consortium,
      IssuanceService issuance,
      ClaimService claims,
      PasswordEncoder passwords,
      UserDetailsService userDetails) {
    this.properties = properties;
    this.setup = setup;
    this.users = users;
    this.issuers = issuers;
    this.credentials = credentials;
    this.consortium = consortium;
    this.issuance = issuance;
    this.claims = claims;
    this.passwords = passwords;
    this.userDetails = userDetails;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    if (!properties.demoData()) {
      return;
    }
    if (!setup.isEmbeddedDemo()) {
      log.warn(
          "TALENTCHAIN_DEMO_DATA is on but this is {}, not the embedded demo set-up: NO demo"
              + " accounts are created (their passwords are public). Set TALENTCHAIN_DEMO_DATA=false"
              + " and create the first admin with TALENTCHAIN_INITIAL_ADMIN_USERNAME (see"
              + " docs/operations.md).",
          setup.describe());
      return;
    }
    if (users.count() > 0) {
      return;
    }
    users.save(AppUser.admin(ADMIN, passwords.encode(ADMIN_PASSWORD), "Consortium Admin 聯盟管理員"));
    IssuerProfile university =
        as(
            ADMIN,
            () ->
                consortium.onboard(
                    new ConsortiumService.Onboarding(
                        "灣區示範大學",
                        "GBA Demonstration University",
                        Region.HONG_KONG,
                        Optional.empty())));
    for (IssuerRecognition.Entry entry : DEMO_RECOGNITIONS) {
      as(ADMIN, () -> consortium.recordRecognition(university.getId(), entry));
    }
    users.save(
        AppUser.issuerStaff(
            REGISTRAR,
            passwords.encode(REGISTRAR_PASSWORD),
            "Registrar 教務處 Wong Mei Ling",
            university));
    users.save(AppUser.holder(HOLDER, passwords.encode(HOLDER_PASSWORD), "陳大文 CHAN Tai Man"));
    users.save(AppUser.hrOfficer(HR, passwords.encode(HR_PASSWORD), "HR 人力資源部 Macao Fintech Ltd"));

    List<IssueRequest> mine = new ArrayList<>();
    mine.add(
        request(
            "EducationCredential",
            "Bachelor of Engineering",
            "2026-06-30",
            null,
            ordered(
                "degree",
                "Bachelor of Engineering",
                "major",
                "Computer Science",
                "honours",
                "First Class Honours",
                "graduationDate",
                "2026-06-30",
                "studentNumber",
                "DC026001")));
    mine.add(
        request(
            "FintechTalentCredential",
            "Certified Fintech Professional (Level 2)",
            "2026-07-15",
            "2029-07-15",
            ordered(
                "certificateLevel",
                "Level 2",
                "major",
                "Digital Payments and RegTech",
                "studentNumber",
                "DC026001")));
    mine.add(
        request(
            "FintechTalentCredential",
            "Certificate in Blockchain Finance",
            "2025-12-20",
            null,
            ordered("certificateLevel", "Foundation", "studentNumber", "DC026001")));
    mine.add(
        request(
            "EducationCredential",
            "Professional Diploma in Cross-border Data Compliance",
            "2026-03-01",
            null,
            ordered(
                "degree",
                "Professional Diploma",
                "major",
                "Cross-border Data Compliance",
                "studentNumber",
                "DC026001")));
    mine.add(
        request(
            "EducationCredential",
            "English Proficiency Certificate",
            "2022-06-01",
            "2024-06-01",
            ordered("certificateLevel", "C1", "studentNumber", "DC026001")));
    IssuanceResult forHolder =
        as(REGISTRAR, () -> issuance.issue(mine, IssuanceBatch.Source.DEMO, "demo", p -> {}));
    // The holder claims each certificate with its one-time code, as a graduate would.
    for (IssuedClaimCode code : forHolder.claimCodes()) {
      as(HOLDER, () -> claims.redeem(code.code().grouped(), "demo-data"));
    }

    List<IssueRequest> classmates = new ArrayList<>();
    String[] names = {
      "李嘉欣 LEE Ka Yan",
      "黃子軒 WONG Tsz Hin",
      "何詠詩 HO Wing Sze",
      "張志明 CHEUNG Chi Ming",
      "梁美玲 LEUNG Mei Ling",
      "Ana SOUSA",
      "João MACHADO",
      "林小華 LAM Siu Wah"
    };
    for (int i = 0; i < names.length; i++) {
      IssueRequest r =
          request(
              "EducationCredential",
              "Bachelor of Business Administration",
              "2026-06-30",
              null,
              ordered(
                  "degree",
                  "Bachelor of Business Administration",
                  "major",
                  "Finance",
                  "graduationDate",
                  "2026-06-30",
                  "studentNumber",
                  "DC0261" + (10 + i)));
      classmates.add(
          new IssueRequest(
              names[i], r.credentialType(), r.title(), r.validFrom(), null, r.claims()));
    }
    as(REGISTRAR, () -> issuance.issue(classmates, IssuanceBatch.Source.DEMO, "demo", p -> {}));

    List<IssuedCredential> issued = credentials.findByHolderUsernameOrderByIssuedAtDesc(HOLDER);
    for (IssuedCredential c : issued) {
      if (c.getTitle().startsWith("Certificate in Blockchain")) {
        as(REGISTRAR, () -> issuance.revoke(c.getId(), StatusReason.ISSUED_IN_ERROR));
      } else if (c.getTitle().startsWith("Professional Diploma")) {
        as(REGISTRAR, () -> issuance.suspend(c.getId(), StatusReason.UNDER_INVESTIGATION));
      }
    }
    log.info(
        "Demo data created. Sign in as {} / {} (consortium admin), {} / {} (registrar), {} / {}"
            + " (holder), {} / {} (HR officer, bulk verification). Verifying one certificate needs"
            + " no account.",
        ADMIN,
        ADMIN_PASSWORD,
        REGISTRAR,
        REGISTRAR_PASSWORD,
        HOLDER,
        HOLDER_PASSWORD,
        HR,
        HR_PASSWORD);
  }

  /**
   * What the consortium records about the demonstration university (a Hong Kong institution): a
   * Hong Kong QF level, the Mainland's recognition of Hong Kong degrees under the 2004 memorandum,
   * and a professional accreditation. Illustrative: the university and its references are
   * fictitious.
   */
  static final List<IssuerRecognition.Entry> DEMO_RECOGNITIONS =
      List.of(
          new IssuerRecognition.Entry(
              RecognitionKind.HK_QF_LEVEL,
              "資歷架構秘書處（香港學術及職業資歷評審局評審）",
              "Qualifications Framework Secretariat (accredited by HKCAAVQ)",
              "QF Level 5 · QR 24/000517/L5",
              LocalDate.parse("2024-09-01"),
              LocalDate.parse("2029-08-31")),
          new IssuerRecognition.Entry(
              RecognitionKind.MAINLAND_MOE,
              "中華人民共和國教育部",
              "Ministry of Education of the People's Republic of China",
              "Mainland–HK mutual recognition of degrees (MoU of 2004)",
              LocalDate.parse("2004-07-15"),
              null),
          new IssuerRecognition.Entry(
              RecognitionKind.ACCREDITATION,
              "香港工程師學會",
              "The Hong Kong Institution of Engineers",
              "Accredited BEng (Computer Science) · Washington Accord",
              LocalDate.parse("2025-01-01"),
              LocalDate.parse("2030-12-31")));

  private static IssueRequest request(
      String type, String title, String from, String until, Map<String, String> claims) {
    return new IssueRequest(
        "陳大文 CHAN Tai Man",
        type,
        title,
        LocalDate.parse(from),
        until == null ? null : LocalDate.parse(until),
        new LinkedHashMap<>(claims));
  }

  private static Map<String, String> ordered(String... namesAndValues) {
    Map<String, String> claims = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      claims.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return claims;
  }

  @FunctionalInterface
  private interface Work<T> {
    T run() throws Exception;
  }

  /** Runs as a demo user, through the same authorisation checks as a signed-in person. */
  private <T> T as(String username, Work<T> work) throws Exception {
    var principal = userDetails.loadUserByUsername(username);
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
