package org.talentchain.web.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.talentchain.web.base.abuse.AddressRanges;
import org.talentchain.web.base.abuse.RequestPaths;
import org.talentchain.web.security.ui.LoginView;

/**
 * Views are guarded by their access annotations; the public verifier and the REST verification API
 * need no login. CSRF protection stays on for the UI (Vaadin's own token) and is switched off only
 * for the stateless JSON API, which changes nothing on the server a forged request could abuse.
 *
 * <p>Anyone may ask whether the service is up ({@code /actuator/health} and its liveness and
 * readiness probes, status only); the metrics and the health details (ledger errors, paths) are for
 * the operator networks alone ({@link OperatorNetworkFilter}), everyone else gets 401.
 *
 * <p>A session lasts only while its account stays enabled and needs no forced new password ({@link
 * AccountStandingFilter}).
 *
 * <p>Services check again with {@code @PreAuthorize} (method security), so a view or a caller that
 * forgets a rule still cannot act beyond its role.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {
  /** The role of requests from the operator networks; {@code management.endpoint.health.roles}. */
  static final String OPERATOR_ROLE = "OPERATOR";

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http,
      @Value("${talentchain.operator-networks:127.0.0.0/8,::1}") String operatorNetworks,
      AppUserRepository users)
      throws Exception {
    http.authorizeHttpRequests(
        auth ->
            auth.requestMatchers(
                    "/api/**",
                    "/v3/api-docs/**",
                    "/actuator/health",
                    "/actuator/health/liveness",
                    "/actuator/health/readiness",
                    "/styles.css",
                    "/images/**")
                .permitAll()
                .requestMatchers("/actuator/**")
                .hasRole(OPERATOR_ROLE));
    http.addFilterBefore(
        new OperatorNetworkFilter(AddressRanges.parse(operatorNetworks)),
        AnonymousAuthenticationFilter.class);
    http.addFilterBefore(new AccountStandingFilter(users), AnonymousAuthenticationFilter.class);
    http.exceptionHandling(
        e ->
            e.defaultAuthenticationEntryPointFor(
                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                request -> RequestPaths.isUnder(request, "/actuator")));
    http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
    // Sessions are registered so that closing an account can end all of its sessions at once.
    http.sessionManagement(
        session -> session.maximumSessions(-1).sessionRegistry(sessionRegistry()));
    http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
    return http.build();
  }

  @Bean
  SessionRegistry sessionRegistry() {
    return new SessionRegistryImpl();
  }

  /** Tells the session registry when sessions end, so it does not keep them forever. */
  @Bean
  HttpSessionEventPublisher httpSessionEventPublisher() {
    return new HttpSessionEventPublisher();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
