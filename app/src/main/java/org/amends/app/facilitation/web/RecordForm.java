package org.amends.app.facilitation.web;

import org.amends.app.web.DateParts;

/**
 * One of the small forms on a facilitator's page (a course, a supervision, dates away, a conflict
 * of interest), kept as typed. Each form uses its own fields.
 */
public class RecordForm {

  private String course;
  private DateParts completedOn = new DateParts();
  private DateParts supervisedOn = new DateParts();
  private DateParts firstDay = new DateParts();
  private DateParts lastDay = new DateParts();
  private String reference;

  public String getCourse() {
    return course;
  }

  public void setCourse(String course) {
    this.course = course;
  }

  public DateParts getCompletedOn() {
    return completedOn;
  }

  public void setCompletedOn(DateParts completedOn) {
    this.completedOn = completedOn;
  }

  public DateParts getSupervisedOn() {
    return supervisedOn;
  }

  public void setSupervisedOn(DateParts supervisedOn) {
    this.supervisedOn = supervisedOn;
  }

  public DateParts getFirstDay() {
    return firstDay;
  }

  public void setFirstDay(DateParts firstDay) {
    this.firstDay = firstDay;
  }

  public DateParts getLastDay() {
    return lastDay;
  }

  public void setLastDay(DateParts lastDay) {
    this.lastDay = lastDay;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }
}
