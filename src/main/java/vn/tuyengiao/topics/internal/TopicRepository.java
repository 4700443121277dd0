package vn.tuyengiao.topics.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TopicRepository extends JpaRepository<TopicEntity, Long> {

	List<TopicEntity> findByActiveTrue();

	List<TopicEntity> findByOwnerUnitIdInOrderByNameAsc(Collection<Long> unitIds);

}
