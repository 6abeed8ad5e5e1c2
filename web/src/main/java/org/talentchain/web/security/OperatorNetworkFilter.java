package org.talentchain.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.talentchain.web.base.abuse.AddressRanges;
import org.talentchain.web.base.abuse.RequestPaths;

/**
 * Requests to {@code /actuator/} from the operator networks ({@code talentchain.operator-networks},
 * loopback by default) act as the operator: they may read the metrics and the health details. The
 * client address is the one Tomcat resolved, so a forwarded address counts only from a trusted
 * proxy. The operator authentication lives for this one request and is never stored in a session.
 */
final class OperatorNetworkFilter extends OncePerRequestFilter {
  private final AddressRanges operatorNetworks;

  OperatorNetworkFilter(AddressRanges operatorNetworks) {
    this.operatorNetworks = operatorNetworks;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !RequestPaths.isUnder(request, "/actuator")
        || !operatorNetworks.contains(request.getRemoteAddr());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (SecurityContextHolder.getContext().getAuthentication() == null) {
      SecurityContext context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(
          new PreAuthenticatedAuthenticationToken(
              "operator-network",
              request.getRemoteAddr(),
              List.of(new SimpleGrantedAuthority("ROLE_" + SecurityConfig.OPERATOR_ROLE))));
      SecurityContextHolder.setContext(context);
    }
    chain.doFilter(request, response);
  }
}
