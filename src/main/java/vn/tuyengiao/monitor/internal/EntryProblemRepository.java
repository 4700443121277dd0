package vn.tuyengiao.monitor.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EntryProblemRepository extends JpaRepository<EntryProblemEntity, Long> {

	List<EntryProblemEntity> findByFetchIdOrderById(long fetchId);

}
