package org.talentchain.web.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Who is signed in, for services and views; throws when a caller needs someone and nobody is. */
@Component
public class CurrentUser {
  private final AuthenticationContext context;

  CurrentUser(AuthenticationContext context) {
    this.context = context;
  }

  public Optional<SignedInUser> get() {
    return context.getAuthenticatedUser(SignedInUser.class);
  }

  public SignedInUser require() {
    return get()
        .orElseThrow(
            () -> new org.springframework.security.access.AccessDeniedException("sign in first"));
  }

  public void logout() {
    context.logout();
  }
}
