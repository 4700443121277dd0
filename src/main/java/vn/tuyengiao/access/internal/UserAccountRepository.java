package vn.tuyengiao.access.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	@EntityGraph(attributePaths = "assignments")
	Optional<UserAccount> findByUsernameIgnoreCase(String username);

	@EntityGraph(attributePaths = "assignments")
	Optional<UserAccount> findWithAssignmentsById(Long id);

	@EntityGraph(attributePaths = "assignments")
	List<UserAccount> findAllByOrderByUsername();

	boolean existsByUsernameIgnoreCase(String username);

}
