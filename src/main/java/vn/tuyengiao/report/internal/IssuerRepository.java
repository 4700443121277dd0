package vn.tuyengiao.report.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface IssuerRepository extends JpaRepository<IssuerEntity, Long> {

	Optional<IssuerEntity> findByUnitId(long unitId);

}
