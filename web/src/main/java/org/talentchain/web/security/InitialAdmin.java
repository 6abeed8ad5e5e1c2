package org.talentchain.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The first consortium admin of a real deployment (issue 10, finding 1): on a start with no admin
 * yet, {@code TALENTCHAIN_INITIAL_ADMIN_USERNAME} names the account and its password is read from
 * the file {@code TALENTCHAIN_INITIAL_ADMIN_PASSWORD_FILE}, so it is never in the environment of
 * the process, in a command line or in the log. Once an admin exists the settings are ignored: the
 * file can (and should) be deleted. Runs before the demo data.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class InitialAdmin implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

  private final AppUserRepository users;
  private final PasswordEncoder passwords;
  private final String username;
  private final String passwordFile;

  InitialAdmin(
      AppUserRepository users,
      PasswordEncoder passwords,
      @Value("${talentchain.initial-admin.username:}") String username,
      @Value("${talentchain.initial-admin.password-file:}") String passwordFile) {
    this.users = users;
    this.passwords = passwords;
    this.username = username == null ? "" : username.strip();
    this.passwordFile = passwordFile == null ? "" : passwordFile.strip();
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (username.isEmpty()) {
      return;
    }
    if (users.existsByRole(Role.ADMIN)) {
      log.info(
          "A consortium admin exists: TALENTCHAIN_INITIAL_ADMIN_USERNAME is ignored; delete the"
              + " initial password file if it is still there");
      return;
    }
    if (passwordFile.isEmpty()) {
      throw new IllegalStateException(
          "TALENTCHAIN_INITIAL_ADMIN_USERNAME is set but TALENTCHAIN_INITIAL_ADMIN_PASSWORD_FILE"
              + " is not: put the first admin's password in a file readable only by the"
              + " application and name it there");
    }
    Path file = Path.of(passwordFile);
    String password = firstLine(Files.readString(file, StandardCharsets.UTF_8));
    PasswordPolicy.check(username, password)
        .ifPresent(
            problem -> {
              throw new IllegalStateException(
                  "The initial admin password in "
                      + file
                      + " does not meet the password policy: "
                      + problem.englishText());
            });
    users.save(AppUser.admin(username, passwords.encode(password), username));
    log.warn(
        "Created the first consortium admin '{}' with the password from {}. Delete that file now;"
            + " it is never read again.",
        username,
        file);
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    String line = end < 0 ? text : text.substring(0, end);
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }
}
