package vn.tuyengiao.org.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrgUnitLinkRepository extends JpaRepository<OrgUnitLinkEntity, Long> {

	List<OrgUnitLinkEntity> findByPredecessorIdOrSuccessorIdOrderByEffectiveOnAsc(long predecessorId, long successorId);

}
