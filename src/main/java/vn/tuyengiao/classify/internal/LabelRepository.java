package vn.tuyengiao.classify.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LabelRepository extends JpaRepository<LabelEntity, Long> {

	List<LabelEntity> findByTaskOrderById(String task);

	Optional<LabelEntity> findFirstByTaskAndRef(String task, String ref);

	/** Label and count, for a task's training summary. */
	@Query("select l.label, count(l) from LabelEntity l where l.task = ?1 group by l.label order by l.label")
	List<Object[]> countByLabel(String task);

}
