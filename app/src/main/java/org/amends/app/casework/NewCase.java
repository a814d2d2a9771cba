package org.amends.app.casework;

import java.util.List;
import org.amends.app.referral.ReferralDetails;

/**
 * What a referral brings: the case, its parties and the referral itself. {@code
 * processInstanceKey} may be null when the case is opened before its process starts.
 */
public record NewCase(
    ReferralDetails referral,
    Area area,
    String offenceType,
    Sensitivity sensitivity,
    List<NewParty> parties,
    Long processInstanceKey) {}
