package org.talentchain.web.security;

import java.time.Instant;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.talentchain.web.base.account.HolderRecords;

/**
 * The holder's account itself, for their data export (never the password hash); deleted last when
 * they close the account, after every record that refers to it.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class AccountRecords implements HolderRecords {
  private final AppUserRepository users;

  AccountRecords(AppUserRepository users) {
    this.users = users;
  }

  /** The account as the export shows it. */
  record ExportedAccount(
      String username, String displayName, String role, Instant createdAt, boolean enabled) {}

  @Override
  public String section() {
    return "account";
  }

  @Override
  public ExportedAccount export(String username) {
    return users
        .findByUsername(username)
        .map(
            u ->
                new ExportedAccount(
                    u.getUsername(),
                    u.getDisplayName(),
                    u.getRole().name(),
                    u.getCreatedAt(),
                    u.isEnabled()))
        .orElse(null);
  }

  @Override
  public int erase(String username) {
    return users
        .findByUsername(username)
        .filter(u -> u.getRole() == Role.HOLDER)
        .map(
            u -> {
              users.delete(u);
              return 1;
            })
        .orElse(0);
  }
}
