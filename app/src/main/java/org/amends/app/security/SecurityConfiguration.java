package org.amends.app.security;

import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Staff sign in with a form (session, CSRF on every form) and use the pages their roles allow;
 * partner agencies call the JSON API with an API key (stateless). Only the public
 * self-referral, the sign-in page, the assets and health are open.
 */
@Configuration
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

  private static final String COORDINATOR = Role.COORDINATOR.name();
  private static final String FACILITATOR = Role.FACILITATOR.name();
  private static final String MANAGER = Role.MANAGER.name();

  @Bean
  @Order(1)
  SecurityFilterChain partnerApi(HttpSecurity http, SecuritySettings settings) throws Exception {
    return http.securityMatcher("/api/partner/**")
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .addFilterBefore(new PartnerApiKeyFilter(settings.partners()), AnonymousAuthenticationFilter.class)
        .authorizeHttpRequests(a -> a.anyRequest().hasRole("PARTNER"))
        .build();
  }

  /**
   * Who may use which staff page: the one place for the URL rules (README, "Roles"). Within
   * what a rule lets through, the pages narrow it further: a facilitator sees only the cases
   * allocated to them ({@link CaseAccess}), and tasks are claimed, assigned and completed only by
   * someone in their candidate groups. A URL without a rule is refused (denyAll), so a new page
   * is closed until it gets one; RoleMatrixTest fails for a request mapping without a row.
   */
  @Bean
  @Order(2)
  SecurityFilterChain staffPages(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(a -> a
            .requestMatchers("/assets/**", "/self-referral/**", "/login", "/error", "/actuator/health/**").permitAll()
            .requestMatchers(HttpMethod.GET, "/").authenticated()
            .requestMatchers(HttpMethod.GET, "/cases", "/cases/*").hasAnyRole(COORDINATOR, FACILITATOR, MANAGER)
            .requestMatchers(HttpMethod.POST, "/cases/*/notes", "/cases/*/volunteer-hours")
                .hasAnyRole(COORDINATOR, FACILITATOR)
            .requestMatchers(HttpMethod.POST, "/cases/*/withdrawals", "/cases/*/closure").hasRole(COORDINATOR)
            .requestMatchers("/tasks", "/tasks/**").hasAnyRole(COORDINATOR, FACILITATOR)
            .requestMatchers("/referrals/**").hasRole(COORDINATOR)
            // the audit log, retention runs, subject access and erasure (org.amends.app.audit, .privacy)
            .requestMatchers("/audit", "/audit/**", "/privacy/**").hasRole(MANAGER)
            .anyRequest().denyAll())
        // "/" sends each role to where it works
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/").permitAll())
        .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
        .build();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  UserDetailsService staffUsers(SecuritySettings settings) {
    List<UserDetails> users = settings.users().stream()
        .map(u -> User.withUsername(u.username())
            .password(u.password())
            .authorities(u.roles().stream().map(Role::authority).toArray(String[]::new))
            .build())
        .map(UserDetails.class::cast)
        .toList();
    return new InMemoryUserDetailsManager(users);
  }
}
