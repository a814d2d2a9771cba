package org.amends.app.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface EmailRecordRepository extends ListCrudRepository<EmailRecord, Long> {

  Optional<EmailRecord> findByIdempotencyKey(String idempotencyKey);

  List<EmailRecord> findByCaseIdOrderBySentAt(long caseId);
}
