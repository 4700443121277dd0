package vn.tuyengiao.report.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorRepository extends JpaRepository<IndicatorEntity, Long> {

	List<IndicatorEntity> findAllByOrderByWorkAreaIdAscPositionAscIdAsc();

	List<IndicatorEntity> findByWorkAreaIdOrderByPositionAscIdAsc(long workAreaId);

	boolean existsByCode(String code);

}
