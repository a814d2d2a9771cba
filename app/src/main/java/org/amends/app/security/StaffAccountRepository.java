package org.amends.app.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

interface StaffAccountRepository extends ListCrudRepository<StaffAccount, Long> {

  Optional<StaffAccount> findByUsername(String username);

  List<StaffAccount> findAllByOrderByDisplayNameAsc();

  @Query("""
      select count(*) > 0 from amends.staff_account a
        join amends.staff_account_role r on r.staff_account_id = a.id
      where a.active and r.role = 'MANAGER' and (a.development = false or :development)""")
  boolean activeManagerExists(boolean development);

  /** One more failed sign-in, counted in the database so that parallel attempts all count. */
  @Transactional
  @Query("""
      update amends.staff_account set failed_sign_ins = failed_sign_ins + 1
      where username = :username returning failed_sign_ins""")
  Optional<Integer> countFailure(String username);

  /** Locks the account and starts the count again, so that it locks again after as many more. */
  @Transactional
  @Modifying
  @Query("update amends.staff_account set failed_sign_ins = 0, locked_until = :until where username = :username")
  void lock(String username, Instant until);

  @Transactional
  @Modifying
  @Query("""
      update amends.staff_account set failed_sign_ins = 0, locked_until = null
      where username = :username and (failed_sign_ins > 0 or locked_until is not null)""")
  void clearFailures(String username);
}
