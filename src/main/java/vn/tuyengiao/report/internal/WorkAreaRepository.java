package vn.tuyengiao.report.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkAreaRepository extends JpaRepository<WorkAreaEntity, Long> {

	List<WorkAreaEntity> findAllByOrderByPositionAscIdAsc();

	Optional<WorkAreaEntity> findByCode(String code);

}
