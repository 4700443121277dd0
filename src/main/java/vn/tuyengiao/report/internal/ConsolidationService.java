package vn.tuyengiao.report.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.platform.InvalidInput;
import vn.tuyengiao.report.ConsolidatedReport;
import vn.tuyengiao.report.Consolidation;
import vn.tuyengiao.report.IssuerProfile;
import vn.tuyengiao.report.Period;
import vn.tuyengiao.report.ReportForm;

/**
 * Builds a unit's consolidated report from the accepted reports of the units below it. While it is a
 * draft the indicator table is computed afresh on every read (the accepted reports are the truth); the
 * sections' text is compiled on request and then belongs to the specialist who edits it. Approving and
 * revising it, and the issuer and register it numbers against, are {@link ConsolidationIssuing}'s.
 */
@Service
class ConsolidationService implements Consolidation {

	private final ConsolidatedRepository consolidated;

	private final ConsolidatedRecords records;

	private final ConsolidationSources sources;

	private final ConsolidationIssuing issuing;

	private final AuditLog audit;

	private final ReportTime clock;

	ConsolidationService(ConsolidatedRepository consolidated, ConsolidatedRecords records, ConsolidationSources sources,
			ConsolidationIssuing issuing, AuditLog audit, ReportTime clock) {
		this.consolidated = consolidated;
		this.records = records;
		this.sources = sources;
		this.issuing = issuing;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ConsolidatedReport> find(String periodCode, long unitId) {
		Period period = Period.parse(periodCode);
		return consolidated.findByUnitIdAndPeriodCode(unitId, period.code())
			.map(entity -> records.view(entity, period, sources.of(period, unitId, false)));
	}

	@Override
	@Transactional(readOnly = true)
	public ConsolidatedReport of(String periodCode, long unitId) {
		return find(periodCode, unitId).orElseThrow(() -> ConsolidatedRecords.noDraft(Period.parse(periodCode)));
	}

	@Override
	@Transactional
	public ConsolidatedReport edit(String periodCode, long unitId, String summary, Map<String, String> sections,
			long version) {
		Period period = Period.parse(periodCode);
		ConsolidatedEntity entity = records.draft(period, unitId, version);
		ConsolidationSources.Sources compiled = sources.of(period, unitId, false);
		Set<String> known = compiled.form() == null ? Set.of()
				: compiled.form().sections().stream().map(ReportForm.Section::code).collect(Collectors.toSet());
		Map<String, String> texts = sections == null ? Map.of() : sections;
		texts.keySet().stream().filter(code -> !known.contains(code)).findFirst().ifPresent(code -> {
			throw new InvalidInput("sections." + code, "narrative.unknown-section", code);
		});
		entity.edit(summary, texts);
		records.store(entity);
		audit.record(AuditAction.UPDATE, ConsolidatedRecords.subject(entity), unitId, "Sửa báo cáo tổng hợp "
				+ period.vietnameseName() + " (" + texts.size() + " mục)");
		return records.view(entity, period, compiled);
	}

	@Override
	@Transactional
	public ConsolidatedReport recompile(String periodCode, long unitId, Long version) {
		Period period = Period.parse(periodCode);
		Optional<ConsolidatedEntity> existing = consolidated.findByUnitIdAndPeriodCode(unitId, period.code());
		if (existing.isPresent() && version == null) {
			throw new InvalidInput("version", "validation.required");
		}
		ConsolidatedEntity entity = existing.isPresent() ? records.draft(period, unitId, version)
				: new ConsolidatedEntity(unitId, period.code(), ConsolidatedRecords.defaultSummary(period), clock.now(),
						records.actor());
		ConsolidationSources.Sources compiled = sources.of(period, unitId, true);
		entity.sections().clear();
		entity.edit(null, ConsolidationSources.compile(compiled));
		records.store(entity);
		audit.record(existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, ConsolidatedRecords.subject(entity),
				unitId, (existing.isPresent() ? "Tổng hợp lại báo cáo " : "Lập dự thảo báo cáo tổng hợp ")
						+ period.vietnameseName() + " từ " + compiled.reports().size() + " báo cáo đã tiếp nhận");
		return records.view(entity, period, compiled);
	}

	@Override
	public ConsolidatedReport approve(String periodCode, long unitId, LocalDate issuedOn, long version,
			boolean confirmMissing) {
		return issuing.approve(periodCode, unitId, issuedOn, version, confirmMissing);
	}

	@Override
	public ConsolidatedReport revise(String periodCode, long unitId, String reason, long version) {
		return issuing.revise(periodCode, unitId, reason, version);
	}

	@Override
	public Optional<IssuerProfile> issuer(long unitId) {
		return issuing.issuer(unitId);
	}

	@Override
	public void saveIssuer(long unitId, IssuerProfile profile) {
		issuing.saveIssuer(unitId, profile);
	}

	@Override
	public List<RegisteredDocument> register(long unitId) {
		return issuing.register(unitId);
	}

}
