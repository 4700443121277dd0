package vn.tuyengiao.report.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsolidatedRepository extends JpaRepository<ConsolidatedEntity, Long> {

	Optional<ConsolidatedEntity> findByUnitIdAndPeriodCode(long unitId, String periodCode);

	List<ConsolidatedEntity> findByPeriodCodeAndStatus(String periodCode, String status);

}
