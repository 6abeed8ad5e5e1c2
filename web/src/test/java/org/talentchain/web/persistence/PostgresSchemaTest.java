package org.talentchain.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.talentchain.core.api.Sm2PublicKey;
import org.talentchain.web.consortium.IssuerProfile;
import org.talentchain.web.consortium.IssuerProfileRepository;
import org.talentchain.web.consortium.Region;
import org.talentchain.web.security.AppUser;
import org.talentchain.web.security.AppUserRepository;

/**
 * The Flyway migrations and JPA mappings against a real PostgreSQL (embedded binaries, no Docker):
 * Hibernate validates every entity against the migrated schema when the context starts.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class PostgresSchemaTest {
  private static final Sm2PublicKey KEY =
      Sm2PublicKey.fromHex(
          "09f9df311e5421a150dd7d161e4bc5c672179fad1833fc076bb08ff356f35020"
              + "ccea490ce26775a52dc6ea718cc1aa600aed05fbf35e084a6632f6072da9ad13");

  @Autowired IssuerProfileRepository issuers;
  @Autowired AppUserRepository users;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", EmbeddedPostgres::jdbcUrl);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
  }

  @Test
  void schema_onPostgres_isMigratedByFlyway() {
    assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from flyway_schema_history where success", Integer.class))
        .isPositive();
  }

  @Test
  void issuerProfile_savedOnPostgres_roundTripsWithItsChainAddress() {
    IssuerProfile saved =
        issuers.saveAndFlush(
            new IssuerProfile("澳門大學", "University of Macau", Region.MACAO, KEY, "k1", 7));

    IssuerProfile found = issuers.findByChainAddress(KEY.address().hex()).orElseThrow();

    assertThat(found.getId()).isEqualTo(saved.getId());
    assertThat(found.getNameZh()).isEqualTo("澳門大學");
    assertThat(found.currentPublicKey()).isEqualTo(KEY);
  }

  @Test
  void appUser_issuerRoleWithoutIssuer_isRejectedByTheDatabaseToo() {
    users.saveAndFlush(AppUser.holder("ho.kalok", "{noop}x", "何家樂"));

    assertThatThrownBy(
            () ->
                jdbc.update(
                    "insert into app_user (id, username, password_hash, display_name, role,"
                        + " enabled, created_at, version) values (gen_random_uuid(), 'x', 'y',"
                        + " 'z', 'ISSUER', true, now(), 0)"))
        .isInstanceOf(DataIntegrityViolationException.class);
  }
}
