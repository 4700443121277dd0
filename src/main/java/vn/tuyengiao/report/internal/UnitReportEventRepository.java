package vn.tuyengiao.report.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitReportEventRepository extends JpaRepository<UnitReportEventEntity, Long> {

	List<UnitReportEventEntity> findByReportIdOrderByAtAscIdAsc(long reportId);

}
