package org.talentchain.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.talentchain.web.persistence.EmbeddedPostgres;
import org.talentchain.web.security.AppUser;
import org.talentchain.web.security.AppUserRepository;
import org.talentchain.web.security.Role;

/**
 * Finding 1 of issue 10: the first start of a real deployment (PostgreSQL) with the demo flag left
 * on creates none of the demo accounts whose passwords the README publishes, and the first admin
 * comes from {@code talentchain.initial-admin.*} without the password reaching the log.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class RealDeploymentStartTest {
  static final String INITIAL_PASSWORD = "first-admin-Secret-8841";

  @Autowired AppUserRepository users;
  @Autowired PasswordEncoder passwords;

  @DynamicPropertySource
  static void postgresWithDemoFlagOn(DynamicPropertyRegistry registry) throws Exception {
    Path dataDir = Files.createTempDirectory("talentchain-real-start-");
    Path passwordFile = dataDir.resolve("initial-admin-password");
    Files.writeString(passwordFile, INITIAL_PASSWORD + "\n");
    registry.add("talentchain.data-dir", dataDir::toString);
    registry.add("talentchain.demo-data", () -> "true");
    registry.add("talentchain.keystore-password", () -> "a-real-key-store-password");
    registry.add("talentchain.initial-admin.username", () -> "root.admin");
    registry.add("talentchain.initial-admin.password-file", passwordFile::toString);
    // a schema of its own: other tests share the one embedded PostgreSQL server
    registry.add(
        "spring.datasource.url", () -> EmbeddedPostgres.jdbcUrl() + "&currentSchema=real_start");
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
    registry.add("spring.flyway.schemas", () -> "real_start");
    registry.add("spring.flyway.default-schema", () -> "real_start");
  }

  @Test
  void firstStart_onPostgresWithDemoFlagOn_createsNoDemoAccount() {
    assertThat(users.findByUsername(DemoData.ADMIN)).isEmpty();
    assertThat(users.findByUsername(DemoData.REGISTRAR)).isEmpty();
    assertThat(users.findByUsername(DemoData.HOLDER)).isEmpty();
  }

  @Test
  void firstStart_withInitialAdminConfigured_createsThatAdminOnceAndLogsNoPassword(
      CapturedOutput output) {
    AppUser admin = users.findByUsername("root.admin").orElseThrow();
    assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
    assertThat(passwords.matches(INITIAL_PASSWORD, admin.getPasswordHash())).isTrue();
    assertThat(users.count()).isEqualTo(1);
    assertThat(output.getAll()).doesNotContain(INITIAL_PASSWORD);
  }
}
