package vn.tuyengiao.report.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FormRepository extends JpaRepository<FormEntity, Long> {

	Optional<FormEntity> findByCode(String code);

	boolean existsByCode(String code);

}
