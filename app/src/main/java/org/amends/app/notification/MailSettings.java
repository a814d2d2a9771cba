package org.amends.app.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The sender and the contact details every email ends with ({@code amends.mail.*}). */
@ConfigurationProperties(prefix = "amends.mail")
record MailSettings(String from, String serviceName, String contactEmail, String contactPhone) {}
