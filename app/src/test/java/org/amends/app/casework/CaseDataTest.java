package org.amends.app.casework;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.test.autoconfigure.data.jdbc.DataJdbcTest;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring Data JDBC test of the case data on real PostgreSQL, migrated by Flyway, with the
 * case-data services and mail sending, and nothing else of the app (no engine, no workers).
 * Each test runs in a transaction that is rolled back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@DataJdbcTest(
    properties = "amends.engine.embedded=false",
    includeFilters =
        @Filter(
            type = FilterType.REGEX,
            pattern =
                "org\\.amends\\.app\\.[a-z]+\\.(CaseService|CaseRecordService|CaseReferences|ContactReview"
                    + "|CaseworkConfiguration|ReferralService|ConsentService|FacilitatorService"
                    + "|FacilitatorMatcher|Conflicts|MeetingService|OutcomeService|SurveyService"
                    + "|NotificationService|NotificationConfiguration|MailRenderer|EmailClaims"
                    + "|ServiceChoices|PersistenceConversions)"))
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ImportAutoConfiguration(MailSenderAutoConfiguration.class)
@ContextConfiguration(initializers = TestPostgres.class)
public @interface CaseDataTest {}
