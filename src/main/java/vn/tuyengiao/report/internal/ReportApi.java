package vn.tuyengiao.report.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tuyengiao.report.Completeness;
import vn.tuyengiao.report.Indicator;
import vn.tuyengiao.report.Period;
import vn.tuyengiao.report.ReportCatalogue;
import vn.tuyengiao.report.ReportCycle;
import vn.tuyengiao.report.ReportForm;
import vn.tuyengiao.report.UnitReport;
import vn.tuyengiao.report.WorkArea;

/** The quarterly cycle's API: catalogue, periods, assignments, unit reports and their workflow. */
@RestController
@Tag(name = "Báo cáo định kỳ")
class ReportApi {

	private final ReportCatalogue catalogue;

	private final ReportCycle cycle;

	private final ReportAccess access;

	ReportApi(ReportCatalogue catalogue, ReportCycle cycle, ReportAccess access) {
		this.catalogue = catalogue;
		this.cycle = cycle;
		this.access = access;
	}

	@Operation(summary = "Các kỳ báo cáo đã có báo cáo, mới nhất trước (mã kiểu DHIS2: 2023Q1, 2023S1, 2023, 202304)")
	@GetMapping("/api/periods")
	List<PeriodView> periods() {
		return cycle.periods().stream().map(PeriodView::of).toList();
	}

	@Operation(summary = "Lĩnh vực công tác")
	@GetMapping("/api/work-areas")
	List<WorkArea> workAreas() {
		return catalogue.workAreas();
	}

	@PutMapping("/api/work-areas/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	WorkArea updateWorkArea(@PathVariable long id, @Valid @RequestBody ReportCatalogue.WorkAreaChange change) {
		return catalogue.updateWorkArea(id, change);
	}

	@Operation(summary = "Danh mục chỉ tiêu")
	@GetMapping("/api/indicators")
	List<Indicator> indicators() {
		return catalogue.indicators();
	}

	@PostMapping("/api/indicators")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Indicator> createIndicator(@Valid @RequestBody ReportCatalogue.IndicatorDefinition definition) {
		return ResponseEntity.status(201).body(catalogue.createIndicator(definition));
	}

	@Operation(summary = "Sửa chỉ tiêu; cần 'version' hiện tại")
	@PutMapping("/api/indicators/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	Indicator updateIndicator(@PathVariable long id, @RequestParam long version,
			@Valid @RequestBody ReportCatalogue.IndicatorDefinition definition) {
		return catalogue.updateIndicator(id, definition, version);
	}

	@GetMapping("/api/report-forms")
	List<ReportForm> forms() {
		return catalogue.forms();
	}

	@GetMapping("/api/report-forms/{code}")
	ReportForm form(@PathVariable String code) {
		return catalogue.form(code);
	}

	@PostMapping("/api/report-forms")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<ReportForm> createForm(@Valid @RequestBody ReportCatalogue.NewForm form) {
		return ResponseEntity.status(201).body(catalogue.createForm(form));
	}

	@Operation(summary = "Giao mẫu báo cáo cho các đơn vị trong một kỳ, kèm hạn gửi (mỗi đơn vị nhận một bản nháp)")
	@PostMapping("/api/report-assignments")
	@PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST', 'LEADER')")
	List<UnitReport> assign(@Valid @RequestBody Assignment assignment) {
		access.requireMayAssign(assignment.unitIds());
		return cycle.assign(assignment.formCode(), assignment.period(), assignment.unitIds(), assignment.dueDate());
	}

	@Operation(summary = "Báo cáo của các đơn vị trong phạm vi cho một kỳ")
	@GetMapping("/api/reports")
	List<UnitReport> reports(@RequestParam String period) {
		return cycle.ofPeriod(period, access.visibleUnits());
	}

	@Operation(summary = "Tỷ lệ gửi báo cáo: phải gửi, đã gửi, đúng hạn, trễ hạn, chưa gửi")
	@GetMapping("/api/reports/completeness")
	Completeness completeness(@RequestParam String period) {
		return cycle.completeness(period, access.visibleUnits());
	}

	@GetMapping("/api/reports/{id}")
	UnitReport report(@PathVariable long id) {
		return access.readable(id);
	}

	@Operation(summary = "Lưu nháp: giá trị chỉ tiêu (theo mã) và phần thuyết minh (theo mã mục); cần 'version'")
	@PutMapping("/api/reports/{id}")
	@PreAuthorize("hasAnyRole('REPORTER', 'SPECIALIST', 'LEADER')")
	UnitReport save(@PathVariable long id, @Valid @RequestBody Draft draft) {
		access.editable(id);
		return cycle.save(id, draft.values(), draft.narratives(), draft.version());
	}

	@Operation(summary = "Gửi báo cáo (có thể kèm giá trị); giá trị khác xa các kỳ trước cần 'confirmOutliers': true")
	@PostMapping("/api/reports/{id}/submit")
	@PreAuthorize("hasAnyRole('REPORTER', 'SPECIALIST', 'LEADER')")
	UnitReport submit(@PathVariable long id, @Valid @RequestBody Submission submission) {
		access.editable(id);
		long version = submission.version();
		if (submission.values() != null || submission.narratives() != null) {
			version = cycle.save(id, submission.values(), submission.narratives(), version).version();
		}
		return cycle.submit(id, version, submission.confirmOutliers());
	}

	@Operation(summary = "Trả lại báo cáo kèm nhận xét cần sửa")
	@PostMapping("/api/reports/{id}/return")
	@PreAuthorize("hasAnyRole('SPECIALIST', 'LEADER')")
	UnitReport returnForCorrection(@PathVariable long id, @Valid @RequestBody Review review) {
		access.reviewable(id);
		return cycle.returnForCorrection(id, review.comment(), review.version());
	}

	@PostMapping("/api/reports/{id}/accept")
	@PreAuthorize("hasAnyRole('SPECIALIST', 'LEADER')")
	UnitReport accept(@PathVariable long id, @Valid @RequestBody Review review) {
		access.reviewable(id);
		return cycle.accept(id, review.version());
	}

	@Operation(summary = "Mở lại báo cáo đã tiếp nhận (chuyên viên, lãnh đạo cấp trên), bắt buộc nêu lý do ('reason'); "
			+ "báo cáo tổng hợp đã ban hành từ báo cáo này giữ nguyên văn bản đã lưu")
	@PostMapping("/api/reports/{id}/reopen")
	@PreAuthorize("hasAnyRole('SPECIALIST', 'LEADER')")
	UnitReport reopen(@PathVariable long id, @Valid @RequestBody Reopening reopening) {
		access.reopenable(id);
		return cycle.reopen(id, reopening.reason(), reopening.version());
	}

	record PeriodView(String code, String type, LocalDate start, LocalDate end, String name) {

		static PeriodView of(Period period) {
			return new PeriodView(period.code(), period.type().name(), period.start(), period.end(), period.vietnameseName());
		}

	}

	record Assignment(@NotBlank(message = "{validation.required}") String formCode,
			@NotBlank(message = "{validation.required}") String period,
			@NotEmpty(message = "{validation.required}") Set<Long> unitIds,
			@NotNull(message = "{validation.required}") LocalDate dueDate) {
	}

	/** @param values indicator code → value as typed; required (send {@code {}} to save narratives only) */
	record Draft(@NotNull(message = "{validation.required}") Map<String, String> values, Map<String, String> narratives,
			@NotNull(message = "{validation.required}") Long version) {
	}

	record Submission(Map<String, String> values, Map<String, String> narratives,
			@NotNull(message = "{validation.required}") Long version, boolean confirmOutliers) {
	}

	/** @param comment required to return (what to correct) */
	record Review(@Size(max = 4000, message = "{validation.too-long}") String comment,
			@NotNull(message = "{validation.required}") Long version) {
	}

	/** @param reason why an accepted report is reopened, required ({@code comment} is read as well) */
	record Reopening(@JsonAlias("comment") @Size(max = 4000, message = "{validation.too-long}") String reason,
			@NotNull(message = "{validation.required}") Long version) {
	}

}
