package org.amends.app.survey;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code amends.survey.*}: how long a survey link works, and how many answers one client address
 * may send per window (a token bucket each, as for sign-in).
 */
@ConfigurationProperties(prefix = "amends.survey")
record SurveySettings(Duration linkValidity, int answersPerAddress, Duration addressWindow) {}
