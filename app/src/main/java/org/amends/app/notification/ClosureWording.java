package org.amends.app.notification;

import org.amends.app.casework.ClosureOutcome;

/** How a closure outcome reads in an email to the referrer. */
final class ClosureWording {

  private ClosureWording() {}

  static String of(ClosureOutcome outcome) {
    return switch (outcome) {
      case COMPLETED_DIRECT -> "completed, with a face-to-face meeting";
      case COMPLETED_INDIRECT -> "completed, with indirect communication";
      case DECLINED_BY_HARMED -> "the person harmed decided not to take part";
      case DECLINED_BY_HARMER -> "the person responsible for the harm decided not to take part";
      case NOT_SUITABLE -> "restorative justice was not suitable";
      case WITHDRAWN -> "someone involved withdrew";
      case NO_CONTACT -> "we could not contact the people involved";
      case REFERRED_ON -> "referred on to another service";
      case DUPLICATE -> "we already have an open case about the same people, and your referral "
          + "has been added to it";
    };
  }
}
