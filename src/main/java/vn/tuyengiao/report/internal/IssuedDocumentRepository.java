package vn.tuyengiao.report.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface IssuedDocumentRepository extends JpaRepository<IssuedDocumentEntity, Long> {

	Optional<IssuedDocumentEntity> findByConsolidatedIdAndRevisionAndKind(long consolidatedId, int revision, String kind);

	List<IssuedDocumentEntity> findByConsolidatedIdOrderByRevisionAscKindAsc(long consolidatedId);

}
