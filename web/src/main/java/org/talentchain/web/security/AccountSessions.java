package org.talentchain.web.security;

import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends every session of a person at once, e.g. when they close their account: each session
 * registered for them is marked expired, and Spring Security's concurrent-session filter signs it
 * out at its next request.
 */
@Component
public class AccountSessions {
  private final SessionRegistry sessions;

  AccountSessions(SessionRegistry sessions) {
    this.sessions = sessions;
  }

  /**
   * Expires every session of {@code user}.
   *
   * @return how many sessions were ended
   */
  public int endAll(SignedInUser user) {
    var all = sessions.getAllSessions(user, false);
    all.forEach(s -> s.expireNow());
    return all.size();
  }
}
