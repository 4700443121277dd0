package vn.tuyengiao.report.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.CurrentUser;
import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.platform.Conflict;
import vn.tuyengiao.platform.InvalidInput;
import vn.tuyengiao.platform.NotFound;
import vn.tuyengiao.report.ConsolidatedReport;
import vn.tuyengiao.report.Consolidation;
import vn.tuyengiao.report.IssuerProfile;
import vn.tuyengiao.report.Period;
import vn.tuyengiao.report.ReportContribution;
import vn.tuyengiao.report.ReportForm;
import vn.tuyengiao.report.ReportStatus;

/**
 * Builds a unit's consolidated report from the accepted reports of the units below it. While it is a
 * draft the indicator table is computed afresh on every read (the accepted reports are the truth); the
 * sections' text is compiled on request and then belongs to the specialist who edits it. Once approved, its
 * documents are the files written at approval ({@link IssuedDocuments}), whatever happens to the unit
 * reports after.
 */
@Service
class ConsolidationService implements Consolidation {

	/** The document type in the number, as in "Số 12-BC/BTGTU". */
	static final String REPORT_TYPE = "BC";

	private final ConsolidatedRepository consolidated;

	private final UnitReportRepository reports;

	private final IssuerRepository issuers;

	private final RegisterRepository register;

	private final ReportCatalogueService catalogue;

	private final OrgUnits units;

	private final AccessScope scope;

	private final AuditLog audit;

	private final List<ReportContribution> contributions;

	private final IssuedDocuments issued;

	private final ReportTime clock;

	ConsolidationService(ConsolidatedRepository consolidated, UnitReportRepository reports, IssuerRepository issuers,
			RegisterRepository register, ReportCatalogueService catalogue, OrgUnits units, AccessScope scope,
			AuditLog audit, List<ReportContribution> contributions, IssuedDocuments issued, ReportTime clock) {
		this.consolidated = consolidated;
		this.reports = reports;
		this.issuers = issuers;
		this.register = register;
		this.catalogue = catalogue;
		this.units = units;
		this.scope = scope;
		this.audit = audit;
		this.contributions = contributions;
		this.issued = issued;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ConsolidatedReport> find(String periodCode, long unitId) {
		Period period = Period.parse(periodCode);
		return consolidated.findByUnitIdAndPeriodCode(unitId, period.code())
			.map(entity -> view(entity, period, sources(period, unitId, false)));
	}

	@Override
	@Transactional(readOnly = true)
	public ConsolidatedReport of(String periodCode, long unitId) {
		return find(periodCode, unitId).orElseThrow(() -> noDraft(Period.parse(periodCode)));
	}

	@Override
	@Transactional
	public ConsolidatedReport edit(String periodCode, long unitId, String summary, Map<String, String> sections,
			long version) {
		Period period = Period.parse(periodCode);
		ConsolidatedEntity entity = draft(period, unitId, version);
		Sources sources = sources(period, unitId, false);
		Set<String> known = sources.form == null ? Set.of()
				: sources.form.sections().stream().map(ReportForm.Section::code).collect(Collectors.toSet());
		Map<String, String> texts = sections == null ? Map.of() : sections;
		texts.keySet().stream().filter(code -> !known.contains(code)).findFirst().ifPresent(code -> {
			throw new InvalidInput("sections." + code, "narrative.unknown-section", code);
		});
		entity.edit(summary, texts);
		entity.touch(clock.now(), actor());
		consolidated.saveAndFlush(entity);
		audit.record(AuditAction.UPDATE, subject(entity), unitId, "Sửa báo cáo tổng hợp " + period.vietnameseName()
				+ " (" + texts.size() + " mục)");
		return view(entity, period, sources);
	}

	@Override
	@Transactional
	public ConsolidatedReport recompile(String periodCode, long unitId, Long version) {
		Period period = Period.parse(periodCode);
		Optional<ConsolidatedEntity> existing = consolidated.findByUnitIdAndPeriodCode(unitId, period.code());
		if (existing.isPresent() && version == null) {
			throw new InvalidInput("version", "validation.required");
		}
		ConsolidatedEntity entity = existing.isPresent() ? draft(period, unitId, version)
				: new ConsolidatedEntity(unitId, period.code(), defaultSummary(period), clock.now(), actor());
		Sources sources = sources(period, unitId, true);
		entity.sections().clear();
		entity.edit(null, compile(sources));
		entity.touch(clock.now(), actor());
		consolidated.saveAndFlush(entity);
		audit.record(existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, subject(entity), unitId,
				(existing.isPresent() ? "Tổng hợp lại báo cáo " : "Lập dự thảo báo cáo tổng hợp ") + period.vietnameseName()
						+ " từ " + sources.reports.size() + " báo cáo đã tiếp nhận");
		return view(entity, period, sources);
	}

	@Override
	@Transactional
	public ConsolidatedReport approve(String periodCode, long unitId, LocalDate issuedOn, long version,
			boolean confirmMissing) {
		Period period = Period.parse(periodCode);
		ConsolidatedEntity entity = draft(period, unitId, version);
		if (issuedOn == null) {
			throw new InvalidInput("issuedOn", "validation.required");
		}
		IssuerProfile issuer = issuer(unitId).orElseThrow(() -> new InvalidInput("unitId", "issuer.missing"));
		if (issuedOn.isBefore(issuer.termStart())) {
			throw new InvalidInput("issuedOn", "issuer.before-term", issuer.termStart());
		}
		Sources sources = sources(period, unitId, false);
		List<String> missing = missingUnits(sources);
		if (!missing.isEmpty() && !confirmMissing) {
			throw new Conflict("confirmMissing", "consolidated.missing-unconfirmed", String.join(", ", missing))
				.with("missing", missing);
		}
		Integer last = register.lastNumber(unitId, REPORT_TYPE, issuer.termStart());
		int number = last == null ? issuer.firstNumber() : last + 1;
		String symbol = symbol(unitId);
		register.save(new RegisterEntryEntity(unitId, REPORT_TYPE, issuer.termStart(), number,
				number + "-" + REPORT_TYPE + "/" + symbol, issuedOn, "Báo cáo " + entity.summary(),
				"consolidated:" + period.code() + (entity.revision() > 1 ? ":" + entity.revision() : ""), clock.now(),
				actor()));
		entity.approve(number, issuedOn, clock.now(), actor());
		entity.touch(clock.now(), actor());
		consolidated.saveAndFlush(entity);
		ConsolidatedReport approved = view(entity, period, sources);
		issued.issue(approved, actor());
		audit.record(AuditAction.UPDATE, subject(entity), unitId, "Duyệt báo cáo tổng hợp " + period.vietnameseName()
				+ ": Số " + number + "-" + REPORT_TYPE + "/" + symbol + " ngày " + issuedOn
				+ (missing.isEmpty() ? "" : "; đã xác nhận duyệt khi chưa có báo cáo được tiếp nhận của: " + String.join(", ", missing)));
		return approved;
	}

	@Override
	@Transactional
	public ConsolidatedReport revise(String periodCode, long unitId, String reason, long version) {
		Period period = Period.parse(periodCode);
		ConsolidatedEntity entity = consolidated.findByUnitIdAndPeriodCode(unitId, period.code())
			.orElseThrow(() -> noDraft(period));
		if (entity.version() != version) {
			throw new Conflict("version", "problem.stale-edit");
		}
		if (!entity.approved()) {
			throw new Conflict(null, "consolidated.not-issued");
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput("reason", "consolidated.revise.reason-required");
		}
		String issuedAs = "Số " + entity.documentNumber() + "-" + REPORT_TYPE + "/" + symbol(unitId);
		entity.revise();
		entity.touch(clock.now(), actor());
		consolidated.saveAndFlush(entity);
		audit.record(AuditAction.UPDATE, subject(entity), unitId, "Sửa đổi báo cáo tổng hợp đã ban hành " + issuedAs
				+ " (" + period.vietnameseName() + "): lập lần " + entity.revision() + ", sẽ cấp số mới. Lý do: " + reason.strip());
		return view(entity, period, sources(period, unitId, false));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<IssuerProfile> issuer(long unitId) {
		return issuers.findByUnitId(unitId).map(IssuerEntity::toProfile);
	}

	@Override
	@Transactional
	public void saveIssuer(long unitId, IssuerProfile profile) {
		IssuerEntity issuer = issuers.findByUnitId(unitId).orElseGet(() -> new IssuerEntity(unitId));
		issuer.define(profile);
		issuers.saveAndFlush(issuer);
		audit.record(AuditAction.UPDATE, "report-issuer:" + unitId, unitId,
				"Cập nhật thể thức văn bản: " + profile.superiorBody() + " / " + profile.issuingBody());
	}

	@Override
	@Transactional(readOnly = true)
	public List<RegisteredDocument> register(long unitId) {
		return register.findByUnitIdOrderByIssuedOnDescNumberDesc(unitId).stream().map(RegisterEntryEntity::toView).toList();
	}

	/** The numbers of the issued consolidated reports of the period above the unit, e.g. "Số 12-BC/BTGTU". */
	String issuedAbove(long unitId, String periodCode) {
		return consolidated.findByPeriodCodeAndStatus(periodCode, ConsolidatedEntity.APPROVED)
			.stream()
			.filter(c -> c.unitId() != unitId && units.subtreeOf(c.unitId()).contains(unitId))
			.map(c -> "Số " + c.documentNumber() + "-" + REPORT_TYPE + "/" + symbol(c.unitId()))
			.collect(Collectors.joining(", "));
	}

	/** The document symbol of the unit, e.g. BTGTU. */
	String symbol(long unitId) {
		return units.find(unitId).map(OrgUnit::symbol).orElse("");
	}

	static String defaultSummary(Period period) {
		return "Kết quả công tác tuyên giáo " + period.vietnameseName() + "; phương hướng, nhiệm vụ "
				+ period.next().vietnameseName();
	}

	private static NotFound noDraft(Period period) {
		return new NotFound("consolidated.no-draft", period.vietnameseName(), period.code());
	}

	private ConsolidatedEntity draft(Period period, long unitId, long version) {
		ConsolidatedEntity entity = consolidated.findByUnitIdAndPeriodCode(unitId, period.code())
			.orElseThrow(() -> noDraft(period));
		if (entity.version() != version) {
			throw new Conflict("version", "problem.stale-edit");
		}
		if (entity.approved()) {
			throw new Conflict(null, "consolidated.approved");
		}
		return entity;
	}

	/** The accepted reports below the unit, their form, and the units that filed them. */
	record Sources(ReportForm form, List<Filed> reports, Map<Long, OrgUnit> units, long expected, List<Long> notAccepted) {
	}

	/** An accepted report as consolidation needs it: values by indicator id, narratives by section id. */
	record Filed(long reportId, long unitId, long formId, Map<Long, UnitReportEntity.StoredValue> values,
			Map<Long, String> narratives) {
	}

	Sources sources(Period period, long unitId, boolean withNarratives) {
		Set<Long> below = new HashSet<>(units.subtreeOf(unitId));
		below.remove(unitId);
		Map<Long, OrgUnit> byId = units.all().stream().collect(Collectors.toMap(OrgUnit::id, u -> u));
		if (below.isEmpty()) {
			return new Sources(null, List.of(), byId, 0, List.of());
		}
		Map<Long, Filed> filed = new HashMap<>();
		for (Object[] row : reports.accepted(period.code(), below, ReportStatus.ACCEPTED)) {
			filed.put((Long) row[0], new Filed((Long) row[0], (Long) row[1], (Long) row[2], new HashMap<>(), new HashMap<>()));
		}
		for (Object[] row : reports.acceptedValues(period.code(), below, ReportStatus.ACCEPTED)) {
			filed.get((Long) row[0]).values()
				.put((Long) row[3], new UnitReportEntity.StoredValue((String) row[5], (BigDecimal) row[4]));
		}
		if (withNarratives) {
			for (Object[] row : reports.acceptedNarratives(period.code(), below, ReportStatus.ACCEPTED)) {
				filed.get((Long) row[0]).narratives().put((Long) row[1], (String) row[2]);
			}
		}
		List<Filed> sorted = filed.values()
			.stream()
			.sorted(Comparator.comparing((Filed r) -> byId.get(r.unitId()).name()))
			.toList();
		ReportForm form = sorted.isEmpty() ? null : catalogue.form(sorted.get(0).formId());
		long expected = reports.countByPeriodCodeAndUnitIdIn(period.code(), below);
		return new Sources(form, sorted, byId, expected, reports.unitsNotIn(period.code(), below, ReportStatus.ACCEPTED));
	}

	/** The units expected to report whose report is not accepted, by name. */
	private static List<String> missingUnits(Sources sources) {
		return sources.notAccepted.stream().map(id -> sources.units.get(id).name()).sorted().toList();
	}

	/** Each section's text: the units' narratives one after another, each starting with the unit's name. */
	private static Map<String, String> compile(Sources sources) {
		Map<String, String> texts = new LinkedHashMap<>();
		if (sources.form == null) {
			return texts;
		}
		for (ReportForm.Section section : sources.form.sections()) {
			List<String> parts = new ArrayList<>();
			for (Filed report : sources.reports) {
				String text = report.narratives().get(section.id());
				if (text != null && !text.isBlank()) {
					parts.add(sources.units.get(report.unitId()).shortName() + ": " + text.strip());
				}
			}
			if (!parts.isEmpty()) {
				texts.put(section.code(), String.join("\n\n", parts));
			}
		}
		return texts;
	}

	private ConsolidatedReport view(ConsolidatedEntity entity, Period period, Sources sources) {
		List<ReportContribution.ContributedSection> contributed = contributions.stream()
			.flatMap(c -> c.contribute(period, entity.unitId()).stream())
			.toList();
		List<ConsolidatedReport.Section> sections = new ArrayList<>();
		if (sources.form != null) {
			Map<Long, String> areaCodes = catalogue.workAreas().stream()
				.collect(Collectors.toMap(w -> w.id(), w -> w.code()));
			for (ReportForm.Section section : sources.form.sections()) {
				String areaCode = section.workAreaId() == null ? null : areaCodes.get(section.workAreaId());
				sections.add(new ConsolidatedReport.Section(section.code(), section.title(), section.workAreaId() != null,
						entity.sections().getOrDefault(section.code(), ""),
						contributed.stream().filter(c -> c.workAreaCode().equals(areaCode)).toList()));
			}
		}
		String unitName = units.find(entity.unitId()).map(OrgUnit::name).orElse("?");
		return new ConsolidatedReport(entity.id(), entity.unitId(), unitName, period.code(), entity.status(),
				entity.summary(), sections, IndicatorMatrices.matrix(sources), sources.reports.size(),
				(int) sources.expected, missingUnits(sources), entity.documentNumber(), symbol(entity.unitId()),
				entity.issuedOn(), entity.revision(), entity.version());
	}

	private String actor() {
		return scope.currentIfAny().map(CurrentUser::username).orElse("system");
	}

	private static String subject(ConsolidatedEntity entity) {
		return "consolidated-report:" + entity.periodCode() + ":" + entity.unitId();
	}

}
