package vn.tuyengiao.classify.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ModelRepository extends JpaRepository<ModelEntity, Long> {

	List<ModelEntity> findByTaskOrderByVersionDesc(String task);

	Optional<ModelEntity> findFirstByTaskAndActiveTrue(String task);

	@Query("select coalesce(max(m.version), 0) from ModelEntity m where m.task = ?1")
	int lastVersion(String task);

}
