package org.talentchain.web.privacy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentchain.web.base.account.HolderRecords;
import org.talentchain.web.base.policy.PrivacyPolicy;
import org.talentchain.web.security.AccountSessions;
import org.talentchain.web.security.AppUserRepository;
import org.talentchain.web.security.CurrentUser;
import org.talentchain.web.security.SignedInUser;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A holder's rights over what is held about them: a copy of everything as JSON (PIPL art. 45
 * including portability, PDPO DPP 6 and s. 18, Macao Law 8/2005 art. 11) and closing the account
 * (PIPL art. 47, Macao Law 8/2005 art. 11(1)(d)). What "everything" is comes from every feature's
 * {@link HolderRecords}.
 */
@Service
public class PersonalDataService {
  private static final Logger log = LoggerFactory.getLogger(PersonalDataService.class);

  private final List<HolderRecords> records;
  private final CurrentUser currentUser;
  private final AppUserRepository users;
  private final PasswordEncoder passwords;
  private final AccountSessions sessions;
  private final PrivacyPolicy policy;
  private final JsonMapper json;

  PersonalDataService(
      List<HolderRecords> records,
      CurrentUser currentUser,
      AppUserRepository users,
      PasswordEncoder passwords,
      AccountSessions sessions,
      PrivacyPolicy policy) {
    this.records = List.copyOf(records);
    this.currentUser = currentUser;
    this.users = users;
    this.passwords = passwords;
    this.sessions = sessions;
    this.policy = policy;
    this.json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  }

  /** Why closing the account was refused; {@link #key()} is the message to show. */
  public static final class ClosingRefusedException extends RuntimeException {
    private final String key;

    ClosingRefusedException(String key) {
      super(key);
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  /**
   * Everything held about the signed-in holder, as UTF-8 JSON: one member per {@link
   * HolderRecords#section()} (account, credentials with every claim, verification history,
   * consents, and whatever other features add), with when it was made, the statement version, and
   * the retention period.
   */
  @PreAuthorize("hasRole('HOLDER')")
  @Transactional(readOnly = true)
  public byte[] exportMine() {
    String username = currentUser.require().username();
    Map<String, Object> export = new LinkedHashMap<>();
    export.put("exportedAt", Instant.now());
    export.put("statementVersion", PrivacyPolicy.STATEMENT_VERSION);
    export.put("verificationRetention", policy.verificationRetention().toString());
    export.put("dataProtectionContact", policy.contact());
    for (HolderRecords r : records) {
      export.put(r.section(), r.export(username));
    }
    log.info("Holder {} downloaded their data", currentUser.require().userId());
    return json.writeValueAsBytes(export);
  }

  /**
   * Closes the signed-in holder's account, proving they know its password: their verification
   * history and consents are deleted, their credentials detached from the account (the issuing
   * institution keeps its register; fingerprints on chain stay and reveal nothing alone), the
   * account deleted, and every session of it ended. QR codes and printed certificates already
   * handed out stay verifiable: they carry their own data.
   *
   * @throws ClosingRefusedException if the password is wrong
   */
  @PreAuthorize("hasRole('HOLDER')")
  @Transactional
  public void closeMyAccount(String password) {
    SignedInUser me = currentUser.require();
    var account =
        users
            .findById(me.userId())
            .orElseThrow(() -> new ClosingRefusedException("privacy.close.wrongPassword"));
    if (password == null || !passwords.matches(password, account.getPasswordHash())) {
      throw new ClosingRefusedException("privacy.close.wrongPassword");
    }
    Map<String, Integer> erased = new LinkedHashMap<>();
    for (HolderRecords r : records) {
      erased.put(r.section(), r.erase(me.username()));
    }
    int ended = sessions.endAll(me);
    log.info("Holder account {} closed: {}; {} sessions ended", me.userId(), erased, ended);
  }
}
