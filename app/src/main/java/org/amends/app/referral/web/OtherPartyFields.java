package org.amends.app.referral.web;

/** Someone else affected, or a supporter, on the staff referral form (optional). */
class OtherPartyFields {

  private String role;
  private String name;
  private String email;
  private String phone;

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

  boolean isEmpty() {
    return ContactChecks.blank(role) && ContactChecks.blank(name) && ContactChecks.blank(email)
        && ContactChecks.blank(phone);
  }
}
