package vn.tuyengiao.briefing.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConclusionRepository extends JpaRepository<ConclusionEntity, Long> {
}
