package org.amends.app.demo;

import java.util.List;
import org.amends.app.casework.NewCase;

/**
 * A made-up case: the referral, how far along the journey it is taken, and the notes a
 * coordinator might have written on it. {@code key} tells it apart from the other demo cases
 * for good, so that loading again finds it instead of adding it twice.
 */
record DemoCase(String key, NewCase referral, Progress progress, List<String> notes) {

  /** How far the loader takes the case; each step includes the ones before it. */
  enum Progress {
    /** Just referred: every party's contact task waits, unassigned. */
    REFERRED,
    /** The harmed person answered; the harmer's contact task is with the coordinator. */
    HARMED_PERSON_CONTACTED,
    /** Everyone agreed; the risk assessment is with the coordinator. */
    CONTACTED,
    /** Risk assessed; the harmed person's consent is with the coordinator, the others wait. */
    RISK_ASSESSED,
    /** Everyone consented; the facilitators are to be allocated (unassigned). */
    CONSENTED,
    /** Two facilitators allocated; each party's preparation meeting is to be recorded. */
    ALLOCATED
  }
}
