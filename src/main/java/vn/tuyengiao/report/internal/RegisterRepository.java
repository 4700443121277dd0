package vn.tuyengiao.report.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegisterRepository extends JpaRepository<RegisterEntryEntity, Long> {

	@Query("select max(e.number) from RegisterEntryEntity e where e.unitId = ?1 and e.documentType = ?2 and e.termStart = ?3")
	Integer lastNumber(long unitId, String documentType, LocalDate termStart);

	List<RegisterEntryEntity> findByUnitIdOrderByIssuedOnDescNumberDesc(long unitId);

}
