package vn.tuyengiao.org.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrgUnitNameRepository extends JpaRepository<OrgUnitNameEntity, Long> {

	List<OrgUnitNameEntity> findByUnitIdOrderByValidFromAsc(long unitId);

}
