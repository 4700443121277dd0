package vn.tuyengiao.monitor.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SourceRepository extends JpaRepository<SourceEntity, Long> {

	List<SourceEntity> findByOwnerUnitIdInOrderByName(Collection<Long> unitIds);

	@Query("select s from SourceEntity s where s.active and s.nextFetchAt is not null and s.nextFetchAt <= ?1 order by s.nextFetchAt")
	List<SourceEntity> findDue(Instant now);

}
