package vn.tuyengiao.org.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrgUnitRepository extends JpaRepository<OrgUnitEntity, Long> {

	List<OrgUnitEntity> findAllByOrderByIdAsc();

	List<OrgUnitEntity> findByParentId(Long parentId);

	boolean existsByParentIdAndNameIgnoreCase(Long parentId, String name);

}
