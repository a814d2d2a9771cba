package org.amends.app.security;

import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
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
 * Staff sign in with a form (session, CSRF on every form); partner agencies call the JSON API
 * with an API key (stateless). Only the public self-referral, the assets and health are open.
 */
@Configuration
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

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

  @Bean
  @Order(2)
  SecurityFilterChain staffPages(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(a -> a
            .requestMatchers("/assets/**", "/self-referral/**", "/login", "/error", "/actuator/health/**").permitAll()
            // the audit log, retention runs, subject access and erasure (org.amends.app.audit, .privacy)
            .requestMatchers("/audit", "/audit/**", "/privacy/**").hasRole("MANAGER")
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/tasks").permitAll())
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
