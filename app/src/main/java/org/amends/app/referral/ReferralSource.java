package org.amends.app.referral;

public enum ReferralSource {
  POLICE,
  YOUTH_OFFENDING_TEAM,
  COUNCIL,
  FIRE_AND_RESCUE,
  PRISON,
  PROBATION,
  SCHOOL,
  GP_SURGERY,
  SELF
}
