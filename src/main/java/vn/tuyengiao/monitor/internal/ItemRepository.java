package vn.tuyengiao.monitor.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ItemRepository extends JpaRepository<ItemEntity, Long> {

	Optional<ItemEntity> findByUrlKey(String urlKey);

	List<ItemEntity> findByUrlKeyIn(Collection<String> urlKeys);

	Page<ItemEntity> findBySourceIdOrderByFirstSeenAtDesc(long sourceId, Pageable page);

	@Query("select count(i) from ItemEntity i where i.sourceId = ?1 and i.firstSeenAt >= ?2")
	long countSince(long sourceId, Instant since);

}
