package org.talentchain.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.talentchain.web.consortium.ConsortiumService;
import org.talentchain.web.consortium.IssuerProfile;
import org.talentchain.web.consortium.IssuerProfileRepository;
import org.talentchain.web.consortium.IssuerRecognition;
import org.talentchain.web.consortium.RecognitionKind;
import org.talentchain.web.consortium.Region;
import org.talentchain.web.issuance.ClaimService;
import org.talentchain.web.issuance.IssuanceBatch;
import org.talentchain.web.issuance.IssuanceService;
import org.talentchain.web.issuance.IssuedCredential;
import org.talentchain.web.issuance.IssuedCredentialRepository;
import org.talentchain.web.issuance.StatusReason;
import org.talentchain.web.privacy.ConsentPurpose;
import org.talentchain.web.privacy.ConsentService;
import org.talentchain.web.privacy.PersonalDataService;
import org.talentchain.web.screening.ScreeningResult;
import org.talentchain.web.screening.ScreeningService;
import org.talentchain.web.security.AccountService;
import org.talentchain.web.security.AppUser;
import org.talentchain.web.security.AppUserRepository;
import org.talentchain.web.share.ShareExpiry;
import org.talentchain.web.share.ShareService;
import org.talentchain.web.verification.Channel;
import org.talentchain.web.verification.VerificationService;
import org.talentchain.web.wallet.WalletService;

/**
 * Who may do what, in one table: every Vaadin route, every HTTP endpoint (controllers, the OpenAPI
 * document, actuator) and every public method of every {@code @Service} bean, for anonymous
 * visitors, two holders, staff of two issuers and the consortium admin (and, for HTTP endpoints, an
 * unsigned request from the operator network). Service methods are called through their Spring
 * proxies, so an absent or wrong {@code @PreAuthorize} shows up here. A route, endpoint or service
 * method without a row in the table fails the test: access is decided when the door is built, not
 * after.
 *
 * <p>"Allowed" means the call was not refused for want of authority; it may still fail for another
 * reason (an unknown id), which is fine: arguments are chosen so that allowed calls change little.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

  /** The people the matrix asks about. */
  enum Who {
    ANONYMOUS,
    HOLDER_A,
    HOLDER_B,
    STAFF_X,
    STAFF_Y,
    ADMIN,
    HR
  }

  static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
  static final Set<Who> HOLDERS = EnumSet.of(Who.HOLDER_A, Who.HOLDER_B);
  static final Set<Who> STAFF = EnumSet.of(Who.STAFF_X, Who.STAFF_Y);
  static final Set<Who> HR_OFFICER = EnumSet.of(Who.HR);
  static final Set<Who> NOBODY = EnumSet.noneOf(Who.class);
  static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));

  @FunctionalInterface
  interface Call {
    void run() throws Exception;
  }

  record Row(Set<Who> allowed, Call call) {}

  @Autowired ApplicationContext context;
  @Autowired UserDetailsService userDetails;
  @Autowired AppUserRepository users;
  @Autowired IssuerProfileRepository issuers;
  @Autowired IssuedCredentialRepository credentials;
  @Autowired ConsortiumService consortium;
  @Autowired IssuanceService issuance;
  @Autowired ClaimService claims;
  @Autowired WalletService wallet;
  @Autowired VerificationService verification;
  @Autowired AccountService accounts;
  @Autowired ShareService shares;
  @Autowired ConsentService consents;
  @Autowired PersonalDataService personalData;
  @Autowired ScreeningService screening;

  IssuerProfile issuerX;
  IssuerProfile issuerY;
  IssuedCredential credentialOfA;
  String shareOfA;

  @DynamicPropertySource
  static void embeddedDefaults(DynamicPropertyRegistry registry) throws Exception {
    String dataDir = Files.createTempDirectory("talentchain-authz-").toString();
    registry.add("talentchain.data-dir", () -> dataDir);
    registry.add("talentchain.demo-data", () -> "true");
  }

  @BeforeAll
  void twoOfEverything() throws Exception {
    users.save(AppUser.holder("holder.b", "{noop}holder-b", "Holder B"));
    issuerY =
        as(
            Who.ADMIN,
            () ->
                consortium.onboard(
                    new ConsortiumService.Onboarding(
                        "乙大學", "University Y", Region.MACAO, Optional.empty())));
    users.save(AppUser.issuerStaff("registrar.y", "{noop}registrar-y", "Registrar Y", issuerY));
    credentialOfA =
        credentials.findByHolderUsernameOrderByIssuedAtDesc("chan.taiman").stream()
            .filter(c -> c.getTitle().equals("Bachelor of Engineering"))
            .findFirst()
            .orElseThrow();
    issuerX = credentialOfA.getIssuer();
    shareOfA =
        as(
                Who.HOLDER_A,
                () ->
                    shares.create(
                        credentialOfA.getId(), Set.of("holderName"), ShareExpiry.DAYS_7, null))
            .share()
            .getId();
  }

  /** Every public method of every service, with who may call it. */
  Map<String, Row> serviceTable() {
    UUID nobody = UUID.randomUUID();
    UUID mine = credentialOfA.getId();
    Map<String, Row> t = new TreeMap<>();
    Set<Who> admin = EnumSet.of(Who.ADMIN);
    Set<Who> holderA = EnumSet.of(Who.HOLDER_A);
    Set<Who> staffX = EnumSet.of(Who.STAFF_X);

    t.put(
        "ConsortiumService.onboard(Onboarding)",
        new Row(
            admin,
            () -> consortium.onboard(new ConsortiumService.Onboarding(null, null, null, null))));
    t.put(
        "ConsortiumService.suspend(UUID,int)", new Row(admin, () -> consortium.suspend(nobody, 1)));
    t.put("ConsortiumService.reinstate(UUID)", new Row(admin, () -> consortium.reinstate(nobody)));
    t.put(
        "ConsortiumService.rotateKey(UUID,Optional)",
        new Row(admin, () -> consortium.rotateKey(nobody, Optional.empty())));
    t.put("ConsortiumService.list()", new Row(admin, consortium::list));
    t.put("ConsortiumService.pendingWork()", new Row(admin, consortium::pendingWork));
    t.put(
        "ConsortiumService.reportKeyCompromise(UUID,Instant)",
        new Row(admin, () -> consortium.reportKeyCompromise(nobody, Instant.now())));
    t.put(
        "ConsortiumService.recordRecognition(UUID,Entry)",
        new Row(
            admin,
            () ->
                consortium.recordRecognition(
                    nobody,
                    new IssuerRecognition.Entry(
                        RecognitionKind.ACCREDITATION,
                        "機構",
                        "Body",
                        "Ref",
                        java.time.LocalDate.of(2020, 1, 1),
                        null))));
    t.put(
        "ConsortiumService.removeRecognition(UUID)",
        new Row(admin, () -> consortium.removeRecognition(nobody)));
    t.put(
        "ConsortiumService.recognitions(UUID)",
        new Row(admin, () -> consortium.recognitions(issuerX.getId())));
    // Only staff of the issuer itself get a handle on its signing key.
    t.put(
        "ConsortiumService.issuerKey(IssuerProfile)",
        new Row(staffX, () -> consortium.issuerKey(issuerX)));

    t.put("IssuanceService.myIssuer()", new Row(STAFF, issuance::myIssuer));
    t.put(
        "IssuanceService.issue(List,Source,String,IntConsumer)",
        new Row(STAFF, () -> issuance.issue(List.of(), IssuanceBatch.Source.FORM, "x", p -> {})));
    t.put(
        "IssuanceService.issueInBackground(Result,String,IntConsumer)",
        new Row(STAFF, () -> issuance.issueInBackground(null, "x.csv", p -> {})));
    t.put(
        "IssuanceService.issueStreamed(CsvSource,String,IntConsumer)",
        new Row(
            STAFF,
            () ->
                issuance.issueStreamed(
                    () -> new java.io.ByteArrayInputStream(new byte[0]), "x.csv", p -> {})));
    t.put(
        "IssuanceService.recentCredentials(int)",
        new Row(STAFF, () -> issuance.recentCredentials(1)));
    t.put("IssuanceService.recentBatches(int)", new Row(STAFF, () -> issuance.recentBatches(1)));
    t.put("IssuanceService.pendingWork()", new Row(STAFF, issuance::pendingWork));
    // Cross-tenant: staff of issuer Y cannot touch issuer X's credential.
    t.put(
        "IssuanceService.revoke(UUID,StatusReason)",
        new Row(staffX, () -> issuance.revoke(mine, StatusReason.ISSUED_IN_ERROR)));
    t.put(
        "IssuanceService.suspend(UUID,StatusReason)",
        new Row(staffX, () -> issuance.suspend(mine, StatusReason.UNDER_INVESTIGATION)));
    t.put("IssuanceService.reinstate(UUID)", new Row(staffX, () -> issuance.reinstate(mine)));
    // A new claim code only for the registrar's own issuer (A's credential is claimed already, so
    // staff of X get past authorization and are then told so).
    t.put("IssuanceService.newClaimCode(UUID)", new Row(staffX, () -> issuance.newClaimCode(mine)));
    // Only holders redeem claim codes, into their own wallet; staff and admin cannot collect one.
    t.put(
        "ClaimService.redeem(String,String)",
        new Row(HOLDERS, () -> claims.redeem("not-a-claim-code", "192.0.2.10")));

    t.put("WalletService.myCredentials()", new Row(HOLDERS, wallet::myCredentials));
    // Cross-tenant: holder B cannot read holder A's credential, claims, QR or PDF.
    t.put("WalletService.mine(UUID)", new Row(holderA, () -> wallet.mine(mine)));
    t.put("WalletService.claims(UUID)", new Row(holderA, () -> wallet.claims(mine)));
    t.put(
        "WalletService.qrText(UUID,Collection)",
        new Row(holderA, () -> wallet.qrText(mine, Set.of("holderName"))));
    t.put(
        "WalletService.certificatePdf(UUID,Collection,Locale)",
        new Row(holderA, () -> wallet.certificatePdf(mine, Set.of("holderName"), Locale.ENGLISH)));
    t.put(
        "WalletService.compactQrText(UUID,Collection)",
        new Row(holderA, () -> wallet.compactQrText(mine, Set.of("holderName"))));
    t.put("WalletService.qrPng(String)", new Row(HOLDERS, () -> wallet.qrPng("TC1:X")));
    // Each holder sees only the history of their own credentials (the query is by holder).
    t.put("WalletService.history(int)", new Row(HOLDERS, () -> wallet.history(0)));

    // Share links: a holder shares, lists and withdraws only their own; anyone with a link opens
    // it.
    t.put(
        "ShareService.create(UUID,Collection,ShareExpiry,String)",
        new Row(
            holderA,
            () -> shares.create(mine, Set.of("holderName"), ShareExpiry.DAYS_7, "matrix")));
    t.put(
        "ShareService.createPrinted(UUID,Collection)",
        new Row(holderA, () -> shares.createPrinted(mine, Set.of("holderName"))));
    t.put("ShareService.sharesOf(UUID)", new Row(holderA, () -> shares.sharesOf(mine)));
    t.put("ShareService.withdraw(String)", new Row(holderA, () -> shares.withdraw(shareOfA)));
    t.put(
        "ShareService.open(String,String,Locale)",
        new Row(EVERYONE, () -> shares.open("NOSUCHSHARE", "not-a-key", Locale.ENGLISH)));

    // Consents and the rights over one's data are the holder's own (the queries are by holder).
    t.put(
        "ConsentService.record(ConsentPurpose,String,Collection)",
        new Row(
            HOLDERS, () -> consents.record(ConsentPurpose.SHARE_LINK, "x".repeat(101), Set.of())));
    t.put("ConsentService.myConsents()", new Row(HOLDERS, consents::myConsents));
    t.put("PersonalDataService.exportMine()", new Row(HOLDERS, personalData::exportMine));
    // A wrong password: allowed callers get past authorization and are refused for it.
    t.put(
        "PersonalDataService.closeMyAccount(String)",
        new Row(HOLDERS, () -> personalData.closeMyAccount("not the password")));

    // Public verification needs no account.
    t.put(
        "VerificationService.verify(String,Channel,String,Locale)",
        new Row(
            EVERYONE,
            () -> verification.verify("not a credential", Channel.PASTE, null, Locale.ENGLISH)));
    t.put(
        "VerificationService.verify(String,Channel,String,Locale,String)",
        new Row(
            EVERYONE,
            () ->
                verification.verify(
                    "not a credential", Channel.SHARE, null, Locale.ENGLISH, "NOSUCHSHARE")));
    t.put(
        "VerificationService.readQrImage(byte[])",
        new Row(EVERYONE, () -> verification.readQrImage(new byte[] {1, 2, 3})));
    t.put(
        "VerificationService.receiptPdf(VerificationOutcome,Locale)",
        new Row(
            EVERYONE,
            () ->
                verification.receiptPdf(
                    verification.verify("not a credential", Channel.PASTE, null, Locale.ENGLISH),
                    Locale.ENGLISH)));
    t.put(
        "VerificationService.claimLabel(String,Locale)",
        new Row(EVERYONE, () -> verification.claimLabel("major", Locale.ENGLISH)));
    t.put("AccountService.staffAccounts()", new Row(admin, accounts::staffAccounts));
    t.put(
        "AccountService.createHrOfficer(String,String,String)",
        new Row(admin, () -> accounts.createHrOfficer("matrix.hr", "M", "short")));

    // Bulk verification (issue 13): rounds for HR officers, who alone see their saved rounds; the
    // REST batch is public like the single verification API (and rate-limited by items).
    t.put(
        "ScreeningService.start(Path,String,String,Locale)",
        new Row(
            HR_OFFICER,
            () ->
                screening
                    .start(Path.of("no-such-upload"), "x.csv", "", Locale.ENGLISH)
                    .result()
                    .handle((r, e) -> r)
                    .get()));
    t.put(
        "ScreeningService.verifyBatch(List,String,Locale)",
        new Row(EVERYONE, () -> screening.verifyBatch(List.of("garbage"), null, Locale.ENGLISH)));
    t.put(
        "ScreeningService.save(ScreeningResult,String)",
        new Row(
            HR_OFFICER,
            () ->
                screening.save(
                    new ScreeningResult(
                        UUID.randomUUID(),
                        "matrix",
                        "",
                        Locale.ENGLISH,
                        Instant.now(),
                        Instant.now(),
                        List.of()),
                    "matrix")));
    t.put("ScreeningService.savedRounds()", new Row(HR_OFFICER, screening::savedRounds));
    t.put(
        "ScreeningService.savedRound(UUID)",
        new Row(HR_OFFICER, () -> screening.savedRound(nobody)));
    t.put(
        "ScreeningService.deleteSaved(UUID)",
        new Row(HR_OFFICER, () -> screening.deleteSaved(nobody)));
    t.put(
        "AccountService.createStaff(String,String,UUID,String)",
        new Row(admin, () -> accounts.createStaff("matrix.staff", "M", issuerX.getId(), "short")));
    t.put(
        "AccountService.setEnabled(UUID,boolean)",
        new Row(admin, () -> accounts.setEnabled(nobody, false)));
    t.put(
        "AccountService.forcePasswordReset(UUID,String)",
        new Row(admin, () -> accounts.forcePasswordReset(nobody, "short")));
    // Everyone signed in changes their own password (a wrong current one is refused later).
    t.put(
        "AccountService.changeOwnPassword(String,String)",
        new Row(
            SIGNED_IN,
            () -> accounts.changeOwnPassword("not the password", "a new long passphrase 42")));
    t.put("AccountService.mustChangePassword()", new Row(EVERYONE, accounts::mustChangePassword));
    // Form login looks people up before anyone is signed in.
    t.put(
        "AppUserDetailsService.loadUserByUsername(String)",
        new Row(EVERYONE, () -> userDetails.loadUserByUsername("admin")));
    return t;
  }

  /** Every Vaadin route, by path. */
  static final Map<String, Set<Who>> ROUTES =
      Map.ofEntries(
          Map.entry("", EVERYONE),
          Map.entry("verify", EVERYONE),
          Map.entry("s/:id", EVERYONE),
          Map.entry("login", EVERYONE),
          Map.entry("wallet", HOLDERS),
          Map.entry("issuer", STAFF),
          Map.entry("admin", EnumSet.of(Who.ADMIN)),
          Map.entry("admin/staff", EnumSet.of(Who.ADMIN)),
          Map.entry("screening", HR_OFFICER),
          Map.entry("account/password", SIGNED_IN),
          Map.entry("account/data", HOLDERS));

  /**
   * Who reaches an HTTP endpoint: the people of the matrix, asking from an ordinary address, and
   * whether an unauthenticated request from a configured operator network (loopback by default,
   * {@code talentchain.operator-networks}) does; such a request acts as the operator ({@code
   * OperatorNetworkFilter}).
   */
  record Access(Set<Who> people, boolean operatorNetwork) {}

  /**
   * Every HTTP endpoint outside Vaadin, as "METHOD path". Everyone may ask whether the service is
   * up (details only for the operator). Metrics and build info: no person's role reaches them, the
   * operator network does, so the documented alerts can be scraped (issue 10, finding 9).
   */
  static final Map<String, Access> ENDPOINTS =
      Map.ofEntries(
          Map.entry("POST /api/v1/verifications", new Access(EVERYONE, true)),
          Map.entry("POST /api/v1/verifications/batch", new Access(EVERYONE, true)),
          Map.entry("GET /v3/api-docs", new Access(EVERYONE, true)),
          Map.entry("GET /v3/api-docs.yaml", new Access(NOBODY, false)),
          Map.entry("GET /actuator/health", new Access(EVERYONE, true)),
          Map.entry("GET /actuator/info", new Access(NOBODY, true)),
          Map.entry("GET /actuator/prometheus", new Access(NOBODY, true)));

  /** An address outside every operator network and trusted proxy of the default configuration. */
  static final String ORDINARY_ADDRESS = "203.0.113.50";

  /** An address inside the default operator networks. */
  static final String OPERATOR_ADDRESS = "127.0.0.1";

  @Test
  void serviceMethods_everyRoleAndTenant_matchTheTable() throws Exception {
    Map<String, Row> table = serviceTable();
    Set<String> found = new TreeSet<>();
    for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
      Class<?> type = AopUtils.getTargetClass(bean);
      for (Method m : type.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers())
            && !Modifier.isStatic(m.getModifiers())
            && !m.isSynthetic()
            && !m.isBridge()) {
          found.add(signature(type, m));
        }
      }
    }
    assertThat(found)
        .as("public service methods; give each new one a row in serviceTable()")
        .isEqualTo(table.keySet());

    List<String> wrong = new ArrayList<>();
    for (var entry : table.entrySet()) {
      Set<Who> allowed = EnumSet.noneOf(Who.class);
      for (Who who : Who.values()) {
        if (permits(who, entry.getValue().call())) {
          allowed.add(who);
        }
      }
      if (!allowed.equals(entry.getValue().allowed())) {
        wrong.add(
            entry.getKey() + " allowed " + allowed + ", table says " + entry.getValue().allowed());
      }
    }
    assertThat(wrong).as("service methods whose access differs from the table").isEmpty();
  }

  @Test
  void routes_everyRole_matchTheTable() throws Exception {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
    Map<String, Class<?>> routes = new TreeMap<>();
    for (var candidate : scanner.findCandidateComponents("org.talentchain.web")) {
      Class<?> view = Class.forName(candidate.getBeanClassName());
      routes.put(view.getAnnotation(Route.class).value(), view);
    }
    assertThat(routes.keySet())
        .as("Vaadin routes; give each new one a row in ROUTES")
        .isEqualTo(ROUTES.keySet());

    AccessAnnotationChecker checker = new AccessAnnotationChecker();
    List<String> wrong = new ArrayList<>();
    for (var route : routes.entrySet()) {
      Set<Who> allowed = EnumSet.noneOf(Who.class);
      for (Who who : Who.values()) {
        Authentication auth = authenticationOf(who);
        boolean ok =
            checker.hasAccess(
                route.getValue(),
                auth,
                role ->
                    auth != null
                        && auth.getAuthorities().stream()
                            .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        if (ok) {
          allowed.add(who);
        }
      }
      if (!allowed.equals(ROUTES.get(route.getKey()))) {
        wrong.add(
            "/"
                + route.getKey()
                + " allowed "
                + allowed
                + ", table says "
                + ROUTES.get(route.getKey()));
      }
    }
    assertThat(wrong).as("routes whose access differs from the table").isEmpty();
  }

  @Test
  void httpEndpoints_everyRole_matchTheTable() throws Exception {
    Set<String> found = new TreeSet<>();
    var mappings =
        context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
    mappings
        .getHandlerMethods()
        .forEach(
            (info, handler) -> {
              if (handler.getBeanType().getName().startsWith("org.talentchain.")
                  || handler.getBeanType().getName().startsWith("org.springdoc.")) {
                for (String path : info.getPatternValues()) {
                  Set<?> methods = info.getMethodsCondition().getMethods();
                  for (Object method : methods.isEmpty() ? Set.of("GET") : methods) {
                    found.add(method + " " + path);
                  }
                }
              }
            });
    PathMappedEndpoints actuator = context.getBean(PathMappedEndpoints.class);
    actuator.getAllPaths().forEach(p -> found.add("GET " + p));
    assertThat(found)
        .as("HTTP endpoints; give each new one a row in ENDPOINTS")
        .isEqualTo(ENDPOINTS.keySet());

    MockMvc mvc =
        MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
            .apply(
                org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers
                    .springSecurity())
            .build();
    List<String> wrong = new ArrayList<>();
    for (var endpoint : ENDPOINTS.entrySet()) {
      String[] methodAndPath = endpoint.getKey().split(" ", 2);
      Set<Who> allowed = EnumSet.noneOf(Who.class);
      for (Who who : Who.values()) {
        Authentication auth = authenticationOf(who);
        var request =
            request(HttpMethod.valueOf(methodAndPath[0]), methodAndPath[1])
                .contentType(MediaType.TEXT_PLAIN)
                .content("TC1:not-a-credential")
                .with(from(ORDINARY_ADDRESS))
                .with(auth == null ? anonymous() : authentication(auth));
        if (!refused(mvc.perform(request).andReturn())) {
          allowed.add(who);
        }
      }
      if (!allowed.equals(endpoint.getValue().people())) {
        wrong.add(
            endpoint.getKey()
                + " allowed "
                + allowed
                + ", table says "
                + endpoint.getValue().people());
      }
      // No test authentication at all: the request meets the filter chain as a real unsigned
      // request from the operator network does.
      var fromOperator =
          request(HttpMethod.valueOf(methodAndPath[0]), methodAndPath[1])
              .contentType(MediaType.TEXT_PLAIN)
              .content("TC1:not-a-credential")
              .with(from(OPERATOR_ADDRESS));
      boolean operatorAllowed = !refused(mvc.perform(fromOperator).andReturn());
      if (operatorAllowed != endpoint.getValue().operatorNetwork()) {
        wrong.add(
            endpoint.getKey()
                + " from the operator network allowed "
                + operatorAllowed
                + ", table says "
                + endpoint.getValue().operatorNetwork());
      }
    }
    assertThat(wrong).as("endpoints whose access differs from the table").isEmpty();
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor from(
      String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  private static boolean refused(MvcResult result) {
    int status = result.getResponse().getStatus();
    String location = result.getResponse().getHeader("Location");
    return status == 401
        || status == 403
        || (status / 100 == 3 && location != null && location.contains("login"));
  }

  private static String signature(Class<?> type, Method m) {
    return type.getSimpleName()
        + "."
        + m.getName()
        + Arrays.stream(m.getParameterTypes())
            .map(Class::getSimpleName)
            .collect(Collectors.joining(",", "(", ")"));
  }

  private Authentication authenticationOf(Who who) {
    String username =
        switch (who) {
          case ANONYMOUS -> null;
          case HOLDER_A -> "chan.taiman";
          case HOLDER_B -> "holder.b";
          case STAFF_X -> "registrar";
          case STAFF_Y -> "registrar.y";
          case ADMIN -> "admin";
          case HR -> "hr";
        };
    if (username == null) {
      return null;
    }
    var principal = userDetails.loadUserByUsername(username);
    return UsernamePasswordAuthenticationToken.authenticated(
        principal, null, principal.getAuthorities());
  }

  /** Whether {@code who} gets past authorization; any other failure counts as getting past it. */
  private boolean permits(Who who, Call call) throws Exception {
    try {
      as(
          who,
          () -> {
            call.run();
            return null;
          });
      return true;
    } catch (AccessDeniedException | AuthenticationCredentialsNotFoundException e) {
      return false;
    } catch (Exception e) {
      Throwable cause = e instanceof InvocationTargetException i ? i.getCause() : e;
      return !(cause instanceof AccessDeniedException
          || cause instanceof AuthenticationCredentialsNotFoundException);
    }
  }

  @FunctionalInterface
  interface Work<T> {
    T run() throws Exception;
  }

  private <T> T as(Who who, Work<T> work) throws Exception {
    var previous = SecurityContextHolder.getContext();
    var context = SecurityContextHolder.createEmptyContext();
    Authentication auth = authenticationOf(who);
    if (auth != null) {
      context.setAuthentication(auth);
    }
    SecurityContextHolder.setContext(context);
    try {
      return work.run();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }
}
