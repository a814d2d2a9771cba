package org.amends.app.referral.web;

import org.amends.app.web.DateParts;

/** A party on the staff referral form, as typed. */
class PartyFields {

  private String name;
  private DateParts dateOfBirth = new DateParts();
  private String email;
  private String phone;
  private String address;
  private String preferredContact;
  private boolean emailContactAgreed;
  private String interpreterLanguage;
  private String accessNeeds;

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

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getPreferredContact() {
    return preferredContact;
  }

  public void setPreferredContact(String preferredContact) {
    this.preferredContact = preferredContact;
  }

  public boolean isEmailContactAgreed() {
    return emailContactAgreed;
  }

  public void setEmailContactAgreed(boolean emailContactAgreed) {
    this.emailContactAgreed = emailContactAgreed;
  }

  public String getInterpreterLanguage() {
    return interpreterLanguage;
  }

  public void setInterpreterLanguage(String interpreterLanguage) {
    this.interpreterLanguage = interpreterLanguage;
  }

  public String getAccessNeeds() {
    return accessNeeds;
  }

  public void setAccessNeeds(String accessNeeds) {
    this.accessNeeds = accessNeeds;
  }
}
