package vn.tuyengiao.report.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import vn.tuyengiao.report.ReportStatus;

interface UnitReportRepository extends JpaRepository<UnitReportEntity, Long> {

	Optional<UnitReportEntity> findByFormIdAndUnitIdAndPeriodCode(long formId, long unitId, String periodCode);

	List<UnitReportEntity> findByPeriodCodeAndUnitIdIn(String periodCode, Collection<Long> unitIds);

	List<UnitReportEntity> findByUnitIdAndFormIdAndPeriodCodeInAndStatusIn(long unitId, long formId,
			Collection<String> periodCodes, Collection<ReportStatus> statuses);

	@Query("select distinct r.periodCode from UnitReportEntity r")
	List<String> findPeriodCodes();

}
