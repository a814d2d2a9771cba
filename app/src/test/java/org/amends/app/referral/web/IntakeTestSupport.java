package org.amends.app.referral.web;

import org.amends.app.EmbeddedEngineTestSupport;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The intake tests share one application context (real engine, real database): two partner
 * agencies, so that one can be shown not to see the other's referrals.
 */
@SpringBootTest(properties = {
    "amends.security.partners[0].name=Essex Police",
    "amends.security.partners[0].source=POLICE",
    "amends.security.partners[0].api-key=test-police-key",
    "amends.security.partners[1].name=Southend Youth Offending Team",
    "amends.security.partners[1].source=YOUTH_OFFENDING_TEAM",
    "amends.security.partners[1].api-key=test-yot-key"})
@AutoConfigureMockMvc
abstract class IntakeTestSupport extends EmbeddedEngineTestSupport {}
