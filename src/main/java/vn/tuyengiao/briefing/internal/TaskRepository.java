package vn.tuyengiao.briefing.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaskRepository extends JpaRepository<TaskEntity, Long> {

	@Query("select distinct t from TaskEntity t left join t.cooperatingUnitIds c where t.leadUnitId in ?1 or c in ?1 order by t.deadline, t.id")
	List<TaskEntity> involving(Collection<Long> unitIds);

}
