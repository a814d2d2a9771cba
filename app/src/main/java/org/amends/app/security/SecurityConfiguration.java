package org.amends.app.security;

import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Staff sign in with a form (session, CSRF on every form) and use the pages their roles allow;
 * partner agencies call the JSON API with an API key (stateless). Only the public
 * self-referral, the public survey pages, the sign-in page, the first-run set-up page, the assets and health are open.
 */
@Configuration
@EnableConfigurationProperties({SecuritySettings.class, SignInSettings.class})
class SecurityConfiguration {

  private static final String COORDINATOR = Role.COORDINATOR.name();
  private static final String FACILITATOR = Role.FACILITATOR.name();
  private static final String MANAGER = Role.MANAGER.name();
  private static final String MONITOR = Role.MONITOR.name();

  /** Scripts, styles, fonts and images from the app itself only: no inline script or style. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
      + "form-action 'self'; frame-ancestors 'none'";
  /**
   * The modeler and form editor pages (org.amends.app.modeler) also allow inline styles: bpmn-js's
   * DOM templates and CodeMirror (the properties panel's FEEL fields) set style attributes and a
   * style element, and neither takes a nonce from us. Scripts stay 'self' only.
   */
  static final String MODELER_CONTENT_SECURITY_POLICY =
      CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
  private static final RequestMatcher MODELER_PAGES = new OrRequestMatcher(
      PathPatternRequestMatcher.withDefaults().matcher("/processes/*/edit"),
      PathPatternRequestMatcher.withDefaults().matcher("/processes/*/deploy"),
      PathPatternRequestMatcher.withDefaults().matcher("/processes/*/forms/*"));
  static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

  @Bean
  @Order(1)
  SecurityFilterChain partnerApi(HttpSecurity http, SecuritySettings settings) throws Exception {
    return http.securityMatcher("/api/partner/**")
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
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
  SecurityFilterChain staffPages(HttpSecurity http, SignInSettings signIn, SessionRegistry sessions) throws Exception {
    return http
        .authorizeHttpRequests(a -> a
            .requestMatchers("/assets/**", "/self-referral/**", "/login", "/error", "/actuator/health/**").permitAll()
            .requestMatchers(FirstManagerSetup.PATH).permitAll()
            // the public survey pages: a personal link is all they need (org.amends.app.survey)
            .requestMatchers("/survey/**").permitAll()
            .requestMatchers(HttpMethod.GET, "/").authenticated()
            .requestMatchers(HttpMethod.GET, "/cases", "/cases/*").hasAnyRole(COORDINATOR, FACILITATOR, MANAGER)
            .requestMatchers(HttpMethod.POST, "/cases/*/notes", "/cases/*/volunteer-hours")
                .hasAnyRole(COORDINATOR, FACILITATOR)
            .requestMatchers(HttpMethod.POST, "/cases/*/withdrawals", "/cases/*/closure").hasRole(COORDINATOR)
            .requestMatchers("/tasks", "/tasks/**").hasAnyRole(COORDINATOR, FACILITATOR)
            .requestMatchers("/referrals/**").hasRole(COORDINATOR)
            .requestMatchers("/volunteer-hours").hasAnyRole(COORDINATOR, FACILITATOR)
            // a facilitator's own cases, meetings and register details; the volunteer register
            .requestMatchers("/my/**").hasRole(FACILITATOR)
            .requestMatchers("/volunteers", "/volunteers/**").hasAnyRole(COORDINATOR, MANAGER)
            // the annual report: figures and case references, never names (org.amends.app.reporting)
            .requestMatchers("/reports", "/reports/**").hasAnyRole(MANAGER, MONITOR)
            // the audit log, retention runs, subject access and erasure (org.amends.app.audit, .privacy)
            .requestMatchers("/audit", "/audit/**", "/privacy/**").hasRole(MANAGER)
            .requestMatchers("/users", "/users/**").hasRole(MANAGER)
            .requestMatchers("/service-lists", "/service-lists/**").hasRole(MANAGER)
            // process monitoring (org.amends.app.monitoring): figures, times and case references
            .requestMatchers("/monitoring", "/monitoring/**").hasAnyRole(MONITOR, MANAGER)
            // the processes, the modeler, compare, deploy and migrate (org.amends.app.modeler)
            .requestMatchers("/processes", "/processes/**").hasRole(MANAGER)
            .anyRequest().denyAll())
        .addFilterBefore(AddressThrottle.signIn(signIn), UsernamePasswordAuthenticationFilter.class)
        // "/" sends each role to where it works
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/").permitAll()
            .failureHandler(signInFailures()))
        .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
        // new roles or a deactivation end the person's sessions (StaffSessions)
        .sessionManagement(s -> s.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login?expired"))
        .headers(SecurityConfiguration::securityHeaders)
        .build();
  }

  static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
    headers
        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(MODELER_PAGES),
            new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY)))
        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(MODELER_PAGES,
            new StaticHeadersWriter("Content-Security-Policy", MODELER_CONTENT_SECURITY_POLICY)))
        .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
        .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY))
        // sent only over HTTPS (directly or through a proxy that says so in X-Forwarded-Proto)
        .httpStrictTransportSecurity(Customizer.withDefaults());
  }

  private static ExceptionMappingAuthenticationFailureHandler signInFailures() {
    ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
    handler.setDefaultFailureUrl("/login?error");
    handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
    return handler;
  }

  /**
   * Argon2id for new passwords; bcrypt hashes (from configuration) still match. No {noop}: a
   * plain-text password never matches, in any profile.
   */
  @Bean
  PasswordEncoder passwordEncoder() {
    return new DelegatingPasswordEncoder("argon2", Map.of(
        "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
        "bcrypt", new BCryptPasswordEncoder()));
  }

  @Bean
  SessionRegistry sessionRegistry() {
    return new SessionRegistryImpl();
  }

  /** Tells the session registry when a session ends, so that it does not keep them all. */
  @Bean
  HttpSessionEventPublisher httpSessionEventPublisher() {
    return new HttpSessionEventPublisher();
  }
}
