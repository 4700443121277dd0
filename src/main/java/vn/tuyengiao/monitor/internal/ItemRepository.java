package vn.tuyengiao.monitor.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ItemRepository extends JpaRepository<ItemEntity, Long> {

	Optional<ItemEntity> findByUrlKey(String urlKey);

	List<ItemEntity> findByUrlKeyIn(Collection<String> urlKeys);

	/** Which of these URL keys are stored already: the keys only, not the items and their texts. */
	@Query("select i.urlKey from ItemEntity i where i.urlKey in ?1")
	Set<String> findKnownUrlKeys(Collection<String> urlKeys);

	/** The id and address of each of these items: not their texts. */
	@Query("select i.id, i.url from ItemEntity i where i.id in ?1")
	List<Object[]> findUrls(Collection<Long> ids);

	@Query("select count(i) from ItemEntity i where i.sourceId = ?1 and i.firstSeenAt >= ?2")
	long countSince(long sourceId, Instant since);

}
