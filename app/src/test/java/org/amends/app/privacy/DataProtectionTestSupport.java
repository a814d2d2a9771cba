package org.amends.app.privacy;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.amends.app.EngineAndMailTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The real app (embedded PostgreSQL, the engine in-process, mail on GreenMail) on a real port as
 * well as through MockMvc, with the retention job's schedule switched off so that tests run it
 * when they mean to. The data protection test classes share this one application context.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"amends.privacy.retention-cron=-", "amends.audit.page-size=3"})
@AutoConfigureMockMvc
@Import(PrivacyFixtures.class)
public abstract class DataProtectionTestSupport extends EngineAndMailTestSupport {

  @Autowired protected MockMvc mvc;
  @Autowired protected JdbcClient jdbc;
  @Autowired protected PrivacyFixtures fixtures;

  protected static RequestPostProcessor manager() {
    return user("manager").roles("MANAGER");
  }

  protected static RequestPostProcessor as(String role) {
    return user(role.toLowerCase()).roles(role);
  }
}
