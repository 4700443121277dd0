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

	List<UnitReportEntity> findByStatusIn(Collection<ReportStatus> statuses);

	List<UnitReportEntity> findByUnitIdInAndStatusIn(Collection<Long> unitIds, Collection<ReportStatus> statuses);

	List<UnitReportEntity> findByPeriodCodeAndUnitIdIn(String periodCode, Collection<Long> unitIds);

	List<UnitReportEntity> findByUnitIdAndFormIdAndPeriodCodeInAndStatusIn(long unitId, long formId,
			Collection<String> periodCodes, Collection<ReportStatus> statuses);

	/**
	 * The values of the accepted reports as plain rows (report id, unit id, form id, indicator id, number,
	 * text as typed): consolidation reads tens of thousands of them, and skipping entity hydration is
	 * what keeps a thousand reports within a second.
	 */
	@Query("select r.id, r.unitId, r.formId, key(v), v.number, v.raw from UnitReportEntity r join r.values v "
			+ "where r.periodCode = ?1 and r.unitId in ?2 and r.status = ?3")
	List<Object[]> acceptedValues(String periodCode, Collection<Long> unitIds, ReportStatus status);

	/** The accepted reports themselves (id, unit id, form id), values or not. */
	@Query("select r.id, r.unitId, r.formId from UnitReportEntity r where r.periodCode = ?1 and r.unitId in ?2 and r.status = ?3")
	List<Object[]> accepted(String periodCode, Collection<Long> unitIds, ReportStatus status);

	/** Their narratives (report id, section id, text), read only to compile a new consolidated draft. */
	@Query("select r.id, key(n), n from UnitReportEntity r join r.narratives n "
			+ "where r.periodCode = ?1 and r.unitId in ?2 and r.status = ?3")
	List<Object[]> acceptedNarratives(String periodCode, Collection<Long> unitIds, ReportStatus status);

	long countByPeriodCodeAndUnitIdIn(String periodCode, Collection<Long> unitIds);

	/** The units expected to report for the period (unit id), whose report is not in the given status. */
	@Query("select r.unitId from UnitReportEntity r where r.periodCode = ?1 and r.unitId in ?2 and r.status <> ?3")
	List<Long> unitsNotIn(String periodCode, Collection<Long> unitIds, ReportStatus status);

	@Query("select distinct r.periodCode from UnitReportEntity r")
	List<String> findPeriodCodes();

}
