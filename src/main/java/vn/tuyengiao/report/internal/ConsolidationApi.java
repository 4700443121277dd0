package vn.tuyengiao.report.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.Role;
import vn.tuyengiao.report.ConsolidatedReport;
import vn.tuyengiao.report.Consolidation;
import vn.tuyengiao.report.IssuerProfile;
import vn.tuyengiao.report.UnitReport;

/**
 * The consolidated report of a period and the official documents: {@code document.docx} for the
 * consolidated report and for any unit report. Documents are served under {@code /api} (Basic or token)
 * and under {@code /documents} for the signed-in browser, whose session the stateless API does not read. Without {@code unitId} the consolidated report is the
 * one of the topmost unit the caller's roles cover (the province board for its staff).
 */
@RestController
@Tag(name = "Báo cáo tổng hợp và văn bản")
class ConsolidationApi {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Consolidation consolidation;

	private final ReportDocuments documents;

	private final DocumentWriters writers;

	private final ReportAccess reports;

	private final AccessScope scope;

	ConsolidationApi(Consolidation consolidation, ReportDocuments documents, DocumentWriters writers,
			ReportAccess reports, AccessScope scope) {
		this.consolidation = consolidation;
		this.documents = documents;
		this.writers = writers;
		this.reports = reports;
		this.scope = scope;
	}

	@Operation(summary = "Báo cáo tổng hợp của kỳ: các mục để biên tập và bảng chỉ tiêu theo đơn vị, có tổng")
	@GetMapping("/api/consolidated-reports/{period}")
	ConsolidatedReport get(@PathVariable String period, @RequestParam(required = false) Long unitId) {
		return consolidation.of(period, readableUnit(unitId));
	}

	@Operation(summary = "Chuyên viên biên tập dòng trích yếu và nội dung các mục; cần 'version'")
	@PutMapping("/api/consolidated-reports/{period}")
	ConsolidatedReport edit(@PathVariable String period, @RequestParam(required = false) Long unitId,
			@Valid @RequestBody Edit edit) {
		long unit = editableUnit(unitId, Role.SPECIALIST, Role.LEADER);
		consolidation.of(period, unit);
		return consolidation.edit(period, unit, edit.summary(), edit.sections(), edit.version());
	}

	@Operation(summary = "Tổng hợp lại nội dung các mục từ các báo cáo đã tiếp nhận")
	@PostMapping("/api/consolidated-reports/{period}/recompile")
	ConsolidatedReport recompile(@PathVariable String period, @RequestParam(required = false) Long unitId,
			@Valid @RequestBody Approval approval) {
		long unit = editableUnit(unitId, Role.SPECIALIST, Role.LEADER);
		return consolidation.recompile(period, unit, approval.version());
	}

	@Operation(summary = "Lãnh đạo duyệt: báo cáo được cấp số trong sổ đăng ký văn bản")
	@PostMapping("/api/consolidated-reports/{period}/approve")
	ConsolidatedReport approve(@PathVariable String period, @RequestParam(required = false) Long unitId,
			@Valid @RequestBody Approval approval) {
		long unit = editableUnit(unitId, Role.LEADER);
		return consolidation.approve(period, unit, approval.issuedOn() == null ? LocalDate.now() : approval.issuedOn(),
				approval.version());
	}

	@Operation(summary = "Báo cáo tổng hợp theo thể thức văn bản của Đảng (DOCX)")
	@GetMapping({ "/api/consolidated-reports/{period}/document.docx", "/documents/consolidated-reports/{period}/document.docx" })
	ResponseEntity<byte[]> consolidatedDocx(@PathVariable String period, @RequestParam(required = false) Long unitId) {
		ConsolidatedReport report = consolidation.of(period, readableUnit(unitId));
		return download(writers.docx(documents.consolidated(report)), DOCX, "bao-cao-tong-hop-" + report.period() + ".docx");
	}

	@Operation(summary = "Báo cáo tổng hợp theo thể thức văn bản của Đảng (PDF)")
	@GetMapping({ "/api/consolidated-reports/{period}/document.pdf", "/documents/consolidated-reports/{period}/document.pdf" })
	ResponseEntity<byte[]> consolidatedPdf(@PathVariable String period, @RequestParam(required = false) Long unitId) {
		ConsolidatedReport report = consolidation.of(period, readableUnit(unitId));
		return download(writers.pdf(documents.consolidated(report)), MediaType.APPLICATION_PDF,
				"bao-cao-tong-hop-" + report.period() + ".pdf");
	}

	@Operation(summary = "Biểu chỉ tiêu của báo cáo tổng hợp: từng đơn vị và tổng (XLSX)")
	@GetMapping({ "/api/consolidated-reports/{period}/indicators.xlsx", "/documents/consolidated-reports/{period}/indicators.xlsx" })
	ResponseEntity<byte[]> consolidatedXlsx(@PathVariable String period, @RequestParam(required = false) Long unitId) {
		ConsolidatedReport report = consolidation.of(period, readableUnit(unitId));
		return download(writers.xlsx(report), XLSX, "bieu-chi-tieu-" + report.period() + ".xlsx");
	}

	@Operation(summary = "Báo cáo của một đơn vị theo thể thức văn bản của Đảng (DOCX)")
	@GetMapping({ "/api/reports/{id}/document.docx", "/documents/reports/{id}/document.docx" })
	ResponseEntity<byte[]> unitDocx(@PathVariable long id) {
		UnitReport report = reports.readable(id);
		return download(writers.docx(documents.unit(report)), DOCX, "bao-cao-" + report.period() + "-" + report.unitId() + ".docx");
	}

	@Operation(summary = "Báo cáo của một đơn vị theo thể thức văn bản của Đảng (PDF)")
	@GetMapping({ "/api/reports/{id}/document.pdf", "/documents/reports/{id}/document.pdf" })
	ResponseEntity<byte[]> unitPdf(@PathVariable long id) {
		UnitReport report = reports.readable(id);
		return download(writers.pdf(documents.unit(report)), MediaType.APPLICATION_PDF,
				"bao-cao-" + report.period() + "-" + report.unitId() + ".pdf");
	}

	@Operation(summary = "Thể thức văn bản của một đơn vị: cơ quan cấp trên, cơ quan ban hành, địa danh, người ký, nơi nhận")
	@GetMapping("/api/issuers/{unitId}")
	IssuerProfile issuer(@PathVariable long unitId) {
		scope.requireCovers(unitId);
		return consolidation.issuer(unitId).orElseThrow(() -> new vn.tuyengiao.platform.NotFound("issuer.not-found", unitId));
	}

	@PutMapping("/api/issuers/{unitId}")
	IssuerProfile saveIssuer(@PathVariable long unitId, @Valid @RequestBody IssuerProfile profile) {
		scope.requireRoleOn(Role.ADMIN, unitId);
		consolidation.saveIssuer(unitId, profile);
		return profile;
	}

	@Operation(summary = "Sổ đăng ký văn bản của một đơn vị")
	@GetMapping("/api/document-register")
	List<Consolidation.RegisteredDocument> register(@RequestParam(required = false) Long unitId) {
		return consolidation.register(readableUnit(unitId));
	}

	private long readableUnit(Long unitId) {
		return reports.consolidatingUnit(unitId);
	}

	private long editableUnit(Long unitId, Role... roles) {
		return reports.consolidatingUnit(unitId, roles);
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

	record Edit(String summary, Map<String, String> sections, @NotNull(message = "{validation.required}") Long version) {
	}

	record Approval(LocalDate issuedOn, @NotNull(message = "{validation.required}") Long version) {
	}

}
