package vn.tuyengiao.report.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.platform.Conflict;
import vn.tuyengiao.platform.InvalidInput;
import vn.tuyengiao.report.ConsolidatedReport;
import vn.tuyengiao.report.Consolidation.RegisteredDocument;
import vn.tuyengiao.report.IssuerProfile;
import vn.tuyengiao.report.Period;

/**
 * The leader's side of the consolidated report: approving numbers it in the register and stores its documents
 * once ({@link IssuedDocuments}), whatever happens to the unit reports after; revising opens its next revision,
 * to be approved under a new number. The issuer profile says what the documents are numbered and headed with.
 */
@Component
class ConsolidationIssuing {

	private final ConsolidatedRecords records;

	private final ConsolidationSources sources;

	private final IssuerRepository issuers;

	private final RegisterRepository register;

	private final IssuedDocuments issued;

	private final AuditLog audit;

	private final ReportTime clock;

	ConsolidationIssuing(ConsolidatedRecords records, ConsolidationSources sources, IssuerRepository issuers,
			RegisterRepository register, IssuedDocuments issued, AuditLog audit, ReportTime clock) {
		this.records = records;
		this.sources = sources;
		this.issuers = issuers;
		this.register = register;
		this.issued = issued;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	ConsolidatedReport approve(String periodCode, long unitId, LocalDate issuedOn, long version, boolean confirmMissing) {
		Period period = Period.parse(periodCode);
		ConsolidatedEntity entity = records.draft(period, unitId, version);
		if (issuedOn == null) {
			throw new InvalidInput("issuedOn", "validation.required");
		}
		IssuerProfile issuer = issuer(unitId).orElseThrow(() -> new InvalidInput("unitId", "issuer.missing"));
		if (issuedOn.isBefore(issuer.termStart())) {
			throw new InvalidInput("issuedOn", "issuer.before-term", issuer.termStart());
		}
		ConsolidationSources.Sources compiled = sources.of(period, unitId, false);
		List<String> missing = compiled.missingUnits();
		if (!missing.isEmpty() && !confirmMissing) {
			throw new Conflict("confirmMissing", "consolidated.missing-unconfirmed", String.join(", ", missing))
				.with("missing", missing);
		}
		String type = ConsolidatedRecords.REPORT_TYPE;
		Integer last = register.lastNumber(unitId, type, issuer.termStart());
		int number = last == null ? issuer.firstNumber() : last + 1;
		register.save(new RegisterEntryEntity(unitId, type, issuer.termStart(), number,
				number + "-" + type + "/" + records.symbol(unitId), issuedOn, "Báo cáo " + entity.summary(),
				"consolidated:" + period.code() + (entity.revision() > 1 ? ":" + entity.revision() : ""), clock.now(),
				records.actor()));
		entity.approve(number, issuedOn, clock.now(), records.actor());
		records.store(entity);
		ConsolidatedReport approved = records.view(entity, period, compiled);
		issued.issue(approved, records.actor());
		audit.record(AuditAction.UPDATE, ConsolidatedRecords.subject(entity), unitId, "Duyệt báo cáo tổng hợp "
				+ period.vietnameseName() + ": " + records.issuedAs(number, unitId) + " ngày " + issuedOn
				+ (missing.isEmpty() ? "" : "; đã xác nhận duyệt khi chưa có báo cáo được tiếp nhận của: " + String.join(", ", missing)));
		return approved;
	}

	@Transactional
	ConsolidatedReport revise(String periodCode, long unitId, String reason, long version) {
		Period period = Period.parse(periodCode);
		ConsolidatedEntity entity = records.existing(period, unitId);
		ConsolidatedRecords.checkVersion(entity, version);
		if (!entity.approved()) {
			throw new Conflict(null, "consolidated.not-issued");
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput("reason", "consolidated.revise.reason-required");
		}
		String issuedAs = records.issuedAs(entity.documentNumber(), unitId);
		entity.revise();
		records.store(entity);
		audit.record(AuditAction.UPDATE, ConsolidatedRecords.subject(entity), unitId, "Sửa đổi báo cáo tổng hợp đã ban hành "
				+ issuedAs + " (" + period.vietnameseName() + "): lập lần " + entity.revision()
				+ ", sẽ cấp số mới. Lý do: " + reason.strip());
		return records.view(entity, period, sources.of(period, unitId, false));
	}

	@Transactional(readOnly = true)
	Optional<IssuerProfile> issuer(long unitId) {
		return issuers.findByUnitId(unitId).map(IssuerEntity::toProfile);
	}

	@Transactional
	void saveIssuer(long unitId, IssuerProfile profile) {
		IssuerEntity issuer = issuers.findByUnitId(unitId).orElseGet(() -> new IssuerEntity(unitId));
		issuer.define(profile);
		issuers.saveAndFlush(issuer);
		audit.record(AuditAction.UPDATE, "report-issuer:" + unitId, unitId,
				"Cập nhật thể thức văn bản: " + profile.superiorBody() + " / " + profile.issuingBody());
	}

	@Transactional(readOnly = true)
	List<RegisteredDocument> register(long unitId) {
		return register.findByUnitIdOrderByIssuedOnDescNumberDesc(unitId).stream().map(RegisterEntryEntity::toView).toList();
	}

}
