package vn.tuyengiao.report.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import vn.tuyengiao.report.ReportStatus;

interface UnitReportRepository extends JpaRepository<UnitReportEntity, Long> {

	/**
	 * The report, locked until the transaction ends: a page's autosaves arrive one per keystroke pause and
	 * may overlap, so they wait for each other instead of failing on the version.
	 */
	@org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from UnitReportEntity r where r.id = ?1")
	Optional<UnitReportEntity> findForUpdate(long id);

	Optional<UnitReportEntity> findByFormIdAndUnitIdAndPeriodCode(long formId, long unitId, String periodCode);

	List<UnitReportEntity> findByPeriodCodeAndUnitIdIn(String periodCode, Collection<Long> unitIds);

	List<UnitReportEntity> findByUnitIdAndFormIdAndPeriodCodeInAndStatusIn(long unitId, long formId,
			Collection<String> periodCodes, Collection<ReportStatus> statuses);

	/** Accepted reports with their values in one query: consolidation reads thousands of them. */
	@Query("select distinct r from UnitReportEntity r left join fetch r.values where r.periodCode = ?1 and r.unitId in ?2 and r.status = ?3")
	List<UnitReportEntity> findWithValues(String periodCode, Collection<Long> unitIds, ReportStatus status);

	/** The same reports' narratives, fetched into the same persistence context as a second query. */
	@Query("select distinct r from UnitReportEntity r left join fetch r.narratives where r.periodCode = ?1 and r.unitId in ?2 and r.status = ?3")
	List<UnitReportEntity> findWithNarratives(String periodCode, Collection<Long> unitIds, ReportStatus status);

	long countByPeriodCodeAndUnitIdIn(String periodCode, Collection<Long> unitIds);

	@Query("select distinct r.periodCode from UnitReportEntity r")
	List<String> findPeriodCodes();

}
