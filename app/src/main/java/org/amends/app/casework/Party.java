package org.amends.app.casework;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** Someone involved in a case: the harmed person, the harmer, others affected, supporters. */
@Table(schema = "amends", name = "party")
public record Party(
    @Id Long id,
    long caseId,
    PartyRole role,
    String name,
    LocalDate dateOfBirth,
    String email,
    String phone,
    String address,
    ContactMethod preferredContact,
    boolean emailContactAgreed,
    String interpreterLanguage,
    String accessNeeds,
    PartyStatus status,
    @Version Long version) {

  public boolean isActive() {
    return status == PartyStatus.ACTIVE;
  }

  /** Email only to someone who said yes to it and gave an address. */
  public boolean mayBeEmailed() {
    return emailContactAgreed && email != null && !email.isBlank();
  }

  Party withStatus(PartyStatus newStatus) {
    return new Party(id, caseId, role, name, dateOfBirth, email, phone, address,
        preferredContact, emailContactAgreed, interpreterLanguage, accessNeeds, newStatus, version);
  }
}
