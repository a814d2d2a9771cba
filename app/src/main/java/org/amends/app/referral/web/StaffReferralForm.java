package org.amends.app.referral.web;

import java.util.ArrayList;
import java.util.List;
import org.amends.app.web.DateParts;

/**
 * The staff referral form as typed (text and date parts), so that a form with errors comes back
 * exactly as it was; {@link StaffReferralCheck} checks it and builds the referral from it.
 */
class StaffReferralForm {

  private String source;
  private String referrerName;
  private String referrerOrganisation;
  private String referrerEmail;
  private String referrerPhone;
  private DateParts referralDate = new DateParts();
  private String offenceType;
  private DateParts incidentDate = new DateParts();
  private DateParts reportDate = new DateParts();
  private String wentToCourt;
  private DateParts sentenceDate = new DateParts();
  private String summary;
  private String area;
  private List<String> sensitivity = new ArrayList<>();
  private PartyFields harmed = new PartyFields();
  private PartyFields harmer = new PartyFields();
  private OtherPartyFields other = new OtherPartyFields();

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public String getReferrerName() {
    return referrerName;
  }

  public void setReferrerName(String referrerName) {
    this.referrerName = referrerName;
  }

  public String getReferrerOrganisation() {
    return referrerOrganisation;
  }

  public void setReferrerOrganisation(String referrerOrganisation) {
    this.referrerOrganisation = referrerOrganisation;
  }

  public String getReferrerEmail() {
    return referrerEmail;
  }

  public void setReferrerEmail(String referrerEmail) {
    this.referrerEmail = referrerEmail;
  }

  public String getReferrerPhone() {
    return referrerPhone;
  }

  public void setReferrerPhone(String referrerPhone) {
    this.referrerPhone = referrerPhone;
  }

  public DateParts getReferralDate() {
    return referralDate;
  }

  public void setReferralDate(DateParts referralDate) {
    this.referralDate = referralDate;
  }

  public String getOffenceType() {
    return offenceType;
  }

  public void setOffenceType(String offenceType) {
    this.offenceType = offenceType;
  }

  public DateParts getIncidentDate() {
    return incidentDate;
  }

  public void setIncidentDate(DateParts incidentDate) {
    this.incidentDate = incidentDate;
  }

  public DateParts getReportDate() {
    return reportDate;
  }

  public void setReportDate(DateParts reportDate) {
    this.reportDate = reportDate;
  }

  public String getWentToCourt() {
    return wentToCourt;
  }

  public void setWentToCourt(String wentToCourt) {
    this.wentToCourt = wentToCourt;
  }

  public DateParts getSentenceDate() {
    return sentenceDate;
  }

  public void setSentenceDate(DateParts sentenceDate) {
    this.sentenceDate = sentenceDate;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public List<String> getSensitivity() {
    return sensitivity;
  }

  public void setSensitivity(List<String> sensitivity) {
    this.sensitivity = sensitivity;
  }

  public PartyFields getHarmed() {
    return harmed;
  }

  public void setHarmed(PartyFields harmed) {
    this.harmed = harmed;
  }

  public PartyFields getHarmer() {
    return harmer;
  }

  public void setHarmer(PartyFields harmer) {
    this.harmer = harmer;
  }

  public OtherPartyFields getOther() {
    return other;
  }

  public void setOther(OtherPartyFields other) {
    this.other = other;
  }
}
