package org.amends.app.referral.web;

import org.amends.app.web.DateParts;

/**
 * What a self-referral question page posts, as typed: text and date parts, so that a page with
 * errors shows back exactly what the person entered. Each page binds only its own field.
 */
class SelfReferralForm {

  private String role;
  private String name;
  private DateParts dateOfBirth = new DateParts();
  private String contactMethod;
  private String email;
  private String phone;
  private String incidentType;
  private DateParts incidentDate = new DateParts();
  private String area;
  private String reported;
  private DateParts reportDate = new DateParts();
  private String otherPersonName;
  private String safety;

  static SelfReferralForm from(SelfReferralAnswers answers) {
    SelfReferralForm form = new SelfReferralForm();
    form.role = answers.role == null ? null : answers.role.name();
    form.name = answers.name;
    form.dateOfBirth = DateParts.of(answers.dateOfBirth);
    form.contactMethod = answers.contactMethod == null ? null : answers.contactMethod.name();
    form.email = answers.email;
    form.phone = answers.phone;
    form.incidentType = answers.incidentType == null ? null : answers.incidentType.name();
    form.incidentDate = DateParts.of(answers.incidentDate);
    form.area = answers.area == null ? null : answers.area.code();
    form.reported = answers.reported == null ? null : answers.reported ? "yes" : "no";
    form.reportDate = DateParts.of(answers.reportDate);
    form.otherPersonName = answers.otherPersonName;
    form.safety = answers.safety;
    return form;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public DateParts getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(DateParts dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  public String getContactMethod() {
    return contactMethod;
  }

  public void setContactMethod(String contactMethod) {
    this.contactMethod = contactMethod;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getIncidentType() {
    return incidentType;
  }

  public void setIncidentType(String incidentType) {
    this.incidentType = incidentType;
  }

  public DateParts getIncidentDate() {
    return incidentDate;
  }

  public void setIncidentDate(DateParts incidentDate) {
    this.incidentDate = incidentDate;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public String getReported() {
    return reported;
  }

  public void setReported(String reported) {
    this.reported = reported;
  }

  public DateParts getReportDate() {
    return reportDate;
  }

  public void setReportDate(DateParts reportDate) {
    this.reportDate = reportDate;
  }

  public String getOtherPersonName() {
    return otherPersonName;
  }

  public void setOtherPersonName(String otherPersonName) {
    this.otherPersonName = otherPersonName;
  }

  public String getSafety() {
    return safety;
  }

  public void setSafety(String safety) {
    this.safety = safety;
  }
}
