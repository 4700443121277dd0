package vn.tuyengiao.monitor.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ItemVersionRepository extends JpaRepository<ItemVersionEntity, Long> {

	List<ItemVersionEntity> findByItemIdOrderByNumberDesc(long itemId);

}
