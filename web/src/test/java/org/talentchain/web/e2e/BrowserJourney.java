package org.talentchain.web.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.talentchain.web.base.ledger.LedgerConnection;

/**
 * Base of the browser journeys: one application on a random port with embedded defaults and demo
 * data in a fresh data folder, shared by every journey class (one Spring context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserJourney {
  static final Path DATA_DIR;

  static {
    try {
      DATA_DIR = Files.createTempDirectory("talentchain-e2e-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One headless Chromium per journey class. */
  static BrowserSession browser;

  @LocalServerPort int port;
  @Autowired LedgerConnection ledger;

  @DynamicPropertySource
  static void embeddedDefaults(DynamicPropertyRegistry registry) {
    registry.add("talentchain.data-dir", DATA_DIR::toString);
    registry.add("talentchain.demo-data", () -> "true");
  }

  @BeforeAll
  static void startBrowser() {
    browser = BrowserSession.start();
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  String baseUrl() {
    return "http://localhost:" + port;
  }
}
