package org.talentchain.web.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The widths the row validator checks are the widths of the columns the rows are saved into: a
 * value that passes validation can always be saved, so no anchored batch is lost to a too-long
 * value.
 */
class SchemaLimitsTest {
  private static String schema() throws IOException {
    StringBuilder all = new StringBuilder();
    for (String file : new String[] {"V1__initial_schema.sql", "V3__issuance_outbox.sql"}) {
      try (InputStream in = SchemaLimitsTest.class.getResourceAsStream("/db/migration/" + file)) {
        all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
      }
    }
    return all.toString();
  }

  private static int width(String schema, String table, String column) {
    Matcher t =
        Pattern.compile("create table " + table + " \\((.*?)\\n\\);", Pattern.DOTALL)
            .matcher(schema);
    assertThat(t.find()).as("table %s", table).isTrue();
    Matcher c = Pattern.compile("\\n\\s*" + column + "\\s+varchar\\((\\d+)\\)").matcher(t.group(1));
    assertThat(c.find()).as("%s.%s", table, column).isTrue();
    return Integer.parseInt(c.group(1));
  }

  @Test
  void entityLimits_matchTheMigratedColumnWidths() throws IOException {
    String schema = schema();

    assertThat(width(schema, "issued_credential", "holder_name"))
        .isEqualTo(IssuedCredential.HOLDER_NAME_MAX);
    assertThat(width(schema, "issued_credential", "holder_username"))
        .isEqualTo(IssuedCredential.HOLDER_USERNAME_MAX);
    assertThat(width(schema, "issued_credential", "credential_type"))
        .isEqualTo(IssuedCredential.CREDENTIAL_TYPE_MAX);
    assertThat(width(schema, "issued_credential", "title")).isEqualTo(IssuedCredential.TITLE_MAX);
    assertThat(width(schema, "issuance_batch", "source_name"))
        .isEqualTo(IssuanceBatch.SOURCE_NAME_MAX);
    assertThat(width(schema, "issuance_batch", "created_by"))
        .isEqualTo(IssuanceBatch.CREATED_BY_MAX);
    assertThat(width(schema, "issuance_outbox_credential", "holder_name"))
        .isEqualTo(IssuedCredential.HOLDER_NAME_MAX);
    assertThat(width(schema, "issuance_outbox", "source_name"))
        .isEqualTo(IssuanceBatch.SOURCE_NAME_MAX);
    assertThat(width(schema, "issuance_outbox", "last_error"))
        .isEqualTo(PendingIssuance.LAST_ERROR_MAX);
  }
}
