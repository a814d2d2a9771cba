package org.amends.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a partner agency by the API key in its X-API-Key header. A missing or unknown
 * key is answered 401 with a problem detail; nothing else of the request is read.
 */
class PartnerApiKeyFilter extends OncePerRequestFilter {

  static final String HEADER = "X-API-Key";

  private final List<SecuritySettings.PartnerAgency> partners;

  PartnerApiKeyFilter(List<SecuritySettings.PartnerAgency> partners) {
    this.partners = partners;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = request.getHeader(HEADER);
    Optional<SecuritySettings.PartnerAgency> agency = key == null || key.isBlank() ? Optional.empty() : find(key);
    if (agency.isEmpty()) {
      response.setStatus(HttpStatus.UNAUTHORIZED.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      String detail = key == null || key.isBlank()
          ? "Send your agency's API key in the " + HEADER + " header."
          : "The API key in the " + HEADER + " header is not known.";
      response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
          + detail + "\",\"instance\":\"" + request.getRequestURI() + "\"}");
      return;
    }
    SecurityContextHolder.getContext().setAuthentication(new PartnerAuthentication(agency.get()));
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private Optional<SecuritySettings.PartnerAgency> find(String key) {
    byte[] given = key.getBytes(StandardCharsets.UTF_8);
    // compare every key in constant time, so timing tells nothing about how close a guess was
    SecuritySettings.PartnerAgency found = null;
    for (SecuritySettings.PartnerAgency partner : partners) {
      if (partner.apiKey() != null
          && MessageDigest.isEqual(partner.apiKey().getBytes(StandardCharsets.UTF_8), given)) {
        found = partner;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The authenticated agency; its principal is the agency itself. */
  static final class PartnerAuthentication extends AbstractAuthenticationToken {

    private final SecuritySettings.PartnerAgency agency;

    PartnerAuthentication(SecuritySettings.PartnerAgency agency) {
      super(AuthorityUtils.createAuthorityList("ROLE_PARTNER"));
      this.agency = agency;
      setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
      return "";
    }

    @Override
    public SecuritySettings.PartnerAgency getPrincipal() {
      return agency;
    }
  }
}
