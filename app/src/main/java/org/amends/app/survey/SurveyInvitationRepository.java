package org.amends.app.survey;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SurveyInvitationRepository extends ListCrudRepository<SurveyInvitation, Long> {

  Optional<SurveyInvitation> findByRequestKey(String requestKey);

  Optional<SurveyInvitation> findByTokenHash(String tokenHash);

  /** The invitation, locked until the transaction ends: two answers at once cannot both use it. */
  @Query("select * from amends.survey_invitation where token_hash = :tokenHash for update")
  Optional<SurveyInvitation> lockByTokenHash(String tokenHash);
}
