package org.talentchain.web.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.talentchain.web.security.ui.LoginView;

/**
 * Views are guarded by their access annotations; the public verifier and the REST verification API
 * need no login. CSRF protection stays on for the UI (Vaadin's own token) and is switched off only
 * for the stateless JSON API, which changes nothing on the server a forged request could abuse.
 * Services check again with {@code @PreAuthorize} (method security), so a view or a caller that
 * forgets a rule still cannot act beyond its role.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
        auth ->
            auth.requestMatchers(
                    "/api/**",
                    "/v3/api-docs/**",
                    "/actuator/health/**",
                    "/styles.css",
                    "/images/**")
                .permitAll());
    http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
    http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
    return http.build();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
