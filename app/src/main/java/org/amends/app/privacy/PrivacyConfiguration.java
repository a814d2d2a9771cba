package org.amends.app.privacy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The retention job runs on a schedule (amends.privacy.retention-cron). */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(PrivacySettings.class)
class PrivacyConfiguration {}
