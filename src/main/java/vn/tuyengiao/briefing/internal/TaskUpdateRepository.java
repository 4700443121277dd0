package vn.tuyengiao.briefing.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TaskUpdateRepository extends JpaRepository<TaskUpdateEntity, Long> {

	List<TaskUpdateEntity> findByTaskIdOrderByAtAscIdAsc(long taskId);

}
