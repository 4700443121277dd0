package vn.tuyengiao.briefing.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<MeetingEntity, Long> {

	List<MeetingEntity> findByUnitIdInOrderByHeldOnDesc(Collection<Long> unitIds);

}
