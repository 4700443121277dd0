package vn.tuyengiao.report.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.platform.Conflict;
import vn.tuyengiao.platform.InvalidInput;
import vn.tuyengiao.platform.NotFound;
import vn.tuyengiao.report.Indicator;
import vn.tuyengiao.report.ReportCatalogue;
import vn.tuyengiao.report.ReportForm;
import vn.tuyengiao.report.WorkArea;

@Service
class ReportCatalogueService implements ReportCatalogue {

	private final WorkAreaRepository workAreas;

	private final IndicatorRepository indicators;

	private final FormRepository forms;

	private final AuditLog audit;

	private final Clock clock = Clock.systemUTC();

	ReportCatalogueService(WorkAreaRepository workAreas, IndicatorRepository indicators, FormRepository forms,
			AuditLog audit) {
		this.workAreas = workAreas;
		this.indicators = indicators;
		this.forms = forms;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkArea> workAreas() {
		return workAreas.findAllByOrderByPositionAscIdAsc().stream().map(WorkAreaEntity::toView).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Indicator> indicators() {
		Map<Long, Integer> areaOrder = areaOrder();
		return indicators.findAll()
			.stream()
			.map(IndicatorEntity::toView)
			.sorted(java.util.Comparator.<Indicator>comparingInt(i -> areaOrder.getOrDefault(i.workAreaId(), 0))
				.thenComparingInt(Indicator::position)
				.thenComparingLong(Indicator::id))
			.toList();
	}

	@Override
	@Transactional
	public WorkArea updateWorkArea(long id, WorkAreaChange change) {
		WorkAreaEntity area = workAreas.findById(id).orElseThrow(() -> new NotFound("work-area.not-found", id));
		if (area.version() != change.version()) {
			throw new Conflict("version", "problem.stale-edit");
		}
		area.change(change.name().trim(), change.position(), change.active());
		workAreas.saveAndFlush(area);
		audit.record(AuditAction.UPDATE, "work-area:" + area.code(), null, "Sửa lĩnh vực \"" + area.name() + "\"");
		return area.toView();
	}

	@Override
	@Transactional
	public Indicator createIndicator(IndicatorDefinition definition) {
		WorkAreaEntity area = area(definition.workAreaCode());
		if (indicators.existsByCode(definition.code())) {
			throw new Conflict("code", "indicator.code.taken", definition.code());
		}
		checkBounds(definition);
		int position = indicators.findByWorkAreaIdOrderByPositionAscIdAsc(area.id()).size() + 1;
		IndicatorEntity indicator = indicators.saveAndFlush(new IndicatorEntity(area.id(), position, definition));
		audit.record(AuditAction.CREATE, "indicator:" + definition.code(), null,
				"Thêm chỉ tiêu " + definition.code() + " \"" + definition.name() + "\" vào lĩnh vực \"" + area.name() + "\"");
		return indicator.toView();
	}

	@Override
	@Transactional
	public Indicator updateIndicator(long id, IndicatorDefinition definition, long version) {
		IndicatorEntity indicator = indicators.findById(id).orElseThrow(() -> new NotFound("indicator.not-found", id));
		if (indicator.version() != version) {
			throw new Conflict("version", "problem.stale-edit");
		}
		if (!indicator.toView().code().equals(definition.code())) {
			throw new InvalidInput("code", "indicator.code.fixed");
		}
		checkBounds(definition);
		indicator.define(area(definition.workAreaCode()).id(), definition);
		indicators.saveAndFlush(indicator);
		audit.record(AuditAction.UPDATE, "indicator:" + definition.code(), null,
				"Sửa chỉ tiêu " + definition.code() + " \"" + definition.name() + "\"");
		return indicator.toView();
	}

	@Override
	@Transactional
	public ReportForm createForm(NewForm command) {
		if (forms.existsByCode(command.code())) {
			throw new Conflict("code", "form.code.taken", command.code());
		}
		FormEntity form = new FormEntity(command.code(), command.name().trim(), clock.instant());
		int number = 0;
		for (String areaCode : command.workAreaCodes()) {
			WorkAreaEntity area = area(areaCode);
			form.addSection(area.code(), (++number) + ". " + area.name(), area.id());
			indicators.findByWorkAreaIdOrderByPositionAscIdAsc(area.id())
				.stream()
				.filter(IndicatorEntity::active)
				.forEach(indicator -> form.addIndicator(indicator.id()));
		}
		List<String> narratives = command.narrativeSections() == null ? List.of() : command.narrativeSections();
		for (int i = 0; i < narratives.size(); i++) {
			form.addSection("NARRATIVE_" + (i + 1), narratives.get(i).trim(), null);
		}
		forms.saveAndFlush(form);
		audit.record(AuditAction.CREATE, "report-form:" + command.code(), null,
				"Tạo mẫu báo cáo " + command.code() + " \"" + command.name() + "\"");
		return view(form);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReportForm> forms() {
		return forms.findAll().stream().map(this::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public ReportForm form(String code) {
		return view(forms.findByCode(code).orElseThrow(() -> new NotFound("form.not-found", code)));
	}

	@Transactional(readOnly = true)
	ReportForm form(long id) {
		return view(forms.findById(id).orElseThrow(() -> new NotFound("form.not-found", id)));
	}

	private ReportForm view(FormEntity form) {
		Map<Long, Indicator> byId = indicators.findAllById(form.indicatorIds())
			.stream()
			.map(IndicatorEntity::toView)
			.collect(Collectors.toMap(Indicator::id, Function.identity()));
		List<Indicator> ordered = form.indicatorIds().stream().map(byId::get).toList();
		List<ReportForm.Section> sections = form.sections()
			.stream()
			.map(section -> new ReportForm.Section(section.id(), section.code(), section.title(), section.workAreaId(),
					ordered.stream().filter(i -> section.workAreaId() != null && i.workAreaId() == section.workAreaId()).toList()))
			.toList();
		return new ReportForm(form.id(), form.code(), form.name(), sections);
	}

	private WorkAreaEntity area(String code) {
		return workAreas.findByCode(code).orElseThrow(() -> new InvalidInput("workAreaCode", "work-area.unknown", code));
	}

	private Map<Long, Integer> areaOrder() {
		List<WorkAreaEntity> areas = workAreas.findAllByOrderByPositionAscIdAsc();
		return java.util.stream.IntStream.range(0, areas.size())
			.boxed()
			.collect(Collectors.toMap(i -> areas.get(i).id(), i -> i));
	}

	private static void checkBounds(IndicatorDefinition definition) {
		if (definition.minValue() != null && definition.maxValue() != null
				&& definition.minValue().compareTo(definition.maxValue()) > 0) {
			throw new InvalidInput("maxValue", "indicator.bounds.reversed");
		}
	}

}
