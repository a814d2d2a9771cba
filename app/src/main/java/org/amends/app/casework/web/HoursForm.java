package org.amends.app.casework.web;

import org.amends.app.web.DateParts;

/** Log a facilitator's volunteer hours; kept as typed so that mistakes come back as they were. */
class HoursForm {

  private String facilitatorId;
  private DateParts workedOn = new DateParts();
  private String hours;
  private String activity;
  private String hoursKey;

  public String getFacilitatorId() {
    return facilitatorId;
  }

  public void setFacilitatorId(String facilitatorId) {
    this.facilitatorId = facilitatorId;
  }

  public DateParts getWorkedOn() {
    return workedOn;
  }

  public void setWorkedOn(DateParts workedOn) {
    this.workedOn = workedOn;
  }

  public String getHours() {
    return hours;
  }

  public void setHours(String hours) {
    this.hours = hours;
  }

  public String getActivity() {
    return activity;
  }

  public void setActivity(String activity) {
    this.activity = activity;
  }

  public String getHoursKey() {
    return hoursKey;
  }

  public void setHoursKey(String hoursKey) {
    this.hoursKey = hoursKey;
  }
}
