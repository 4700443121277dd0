package vn.tuyengiao.monitor.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FetchRecordRepository extends JpaRepository<FetchRecordEntity, Long> {

	List<FetchRecordEntity> findTop50BySourceIdOrderByStartedAtDesc(long sourceId);

}
