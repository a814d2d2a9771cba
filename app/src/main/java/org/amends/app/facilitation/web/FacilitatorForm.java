package org.amends.app.facilitation.web;

import java.util.ArrayList;
import java.util.List;
import org.amends.app.casework.Area;
import org.amends.app.facilitation.Facilitator;
import org.amends.app.web.DateParts;

/** A facilitator's register details as typed, so that mistakes come back as they were. */
public class FacilitatorForm {

  static final String VOLUNTEER = "VOLUNTEER";
  static final String STAFF = "STAFF";

  private String name;
  private String email;
  private String phone;
  private DateParts dateOfBirth = new DateParts();
  private List<String> areas = new ArrayList<>();
  private String trainingLevel;
  private String kind;
  private String dbsCertificateNumber;
  private DateParts dbsIssuedOn = new DateParts();

  /** The form filled in with what the register holds. */
  static FacilitatorForm of(Facilitator f) {
    FacilitatorForm form = new FacilitatorForm();
    form.name = f.name();
    form.email = f.email();
    form.phone = f.phone();
    form.dateOfBirth = DateParts.of(f.dateOfBirth());
    form.areas = new ArrayList<>(f.servedAreas().stream().map(Area::code).sorted().toList());
    form.trainingLevel = f.trainingLevel().name();
    form.kind = f.volunteer() ? VOLUNTEER : STAFF;
    form.dbsCertificateNumber = f.dbsCertificateNumber();
    form.dbsIssuedOn = DateParts.of(f.dbsIssuedOn());
    return form;
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

  public DateParts getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(DateParts dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  public List<String> getAreas() {
    return areas;
  }

  public void setAreas(List<String> areas) {
    this.areas = areas;
  }

  public String getTrainingLevel() {
    return trainingLevel;
  }

  public void setTrainingLevel(String trainingLevel) {
    this.trainingLevel = trainingLevel;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getDbsCertificateNumber() {
    return dbsCertificateNumber;
  }

  public void setDbsCertificateNumber(String dbsCertificateNumber) {
    this.dbsCertificateNumber = dbsCertificateNumber;
  }

  public DateParts getDbsIssuedOn() {
    return dbsIssuedOn;
  }

  public void setDbsIssuedOn(DateParts dbsIssuedOn) {
    this.dbsIssuedOn = dbsIssuedOn;
  }
}
