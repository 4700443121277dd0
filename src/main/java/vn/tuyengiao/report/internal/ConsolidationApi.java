package vn.tuyengiao.report.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.RoleGroup;
import vn.tuyengiao.report.ConsolidatedReport;
import vn.tuyengiao.report.Consolidation;
import vn.tuyengiao.report.IssuerProfile;
import vn.tuyengiao.report.UnitReport;

/**
 * The consolidated report of a period and the official documents: {@code document.docx} for the
 * consolidated report and for any unit report. Reading never creates or changes anything: the draft is
 * made by {@code POST .../recompile}; before that a read answers 404 saying so. An approved report's files
 * are the bytes stored at approval; a draft's are written on each download and marked "DỰ THẢO". Documents are served under {@code /api} (Basic or token)
 * and under {@code /documents} for the signed-in browser, whose session the stateless API does not read. Without {@code unitId} the consolidated report is the
 * one of the topmost unit the caller's roles cover (the province board for its staff).
 */
@RestController
@Tag(name = "Báo cáo tổng hợp và văn bản")
class ConsolidationApi {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final Consolidation consolidation;

	private final ReportDocuments documents;

	private final DocumentWriters writers;

	private final IssuedDocuments issued;

	private final ReportAccess reports;

	private final ReportTime clock;

	private final AccessScope scope;

	ConsolidationApi(Consolidation consolidation, ReportDocuments documents, DocumentWriters writers,
			IssuedDocuments issued, ReportAccess reports, ReportTime clock, AccessScope scope) {
		this.consolidation = consolidation;
		this.documents = documents;
		this.writers = writers;
		this.issued = issued;
		this.reports = reports;
		this.clock = clock;
		this.scope = scope;
	}

	@Operation(summary = "Báo cáo tổng hợp của kỳ: các mục để biên tập và bảng chỉ tiêu theo đơn vị, có tổng")
	@GetMapping("/api/consolidated-reports/{period}")
	ConsolidatedReport get(@PathVariable String period, @RequestParam(required = false) Long unitId) {
		return consolidation.of(period, readableUnit(unitId));
	}

	@Operation(summary = "Chuyên viên biên tập dòng trích yếu và nội dung các mục; cần 'version'")
	@PutMapping("/api/consolidated-reports/{period}")
	@PreAuthorize("hasAnyRole('SPECIALIST', 'LEADER')")
	ConsolidatedReport edit(@PathVariable String period, @RequestParam(required = false) Long unitId,
			@Valid @RequestBody Edit edit) {
		long unit = editableUnit(unitId, RoleGroup.BOARD_STAFF);
		return consolidation.edit(period, unit, edit.summary(), edit.sections(), edit.version());
	}

	@Operation(summary = "Lập dự thảo báo cáo tổng hợp (lần đầu, không cần 'version') hoặc tổng hợp lại nội dung các mục "
			+ "từ các báo cáo đã tiếp nhận (cần 'version' hiện tại)")
	@PostMapping("/api/consolidated-reports/{period}/recompile")
	@PreAuthorize("hasAnyRole('SPECIALIST', 'LEADER')")
	ConsolidatedReport recompile(@PathVariable String period, @RequestParam(required = false) Long unitId,
			@RequestBody(required = false) Recompilation recompilation) {
		long unit = editableUnit(unitId, RoleGroup.BOARD_STAFF);
		return consolidation.recompile(period, unit, recompilation == null ? null : recompilation.version());
	}

	@Operation(summary = "Lãnh đạo duyệt: báo cáo được cấp số trong sổ đăng ký văn bản, văn bản DOCX, PDF, XLSX được lưu "
			+ "một lần. Khi còn đơn vị chưa có báo cáo được tiếp nhận, trả 409 kèm danh sách 'missing' trừ khi gửi "
			+ "'confirmMissing': true")
	@PostMapping("/api/consolidated-reports/{period}/approve")
	@PreAuthorize("hasRole('LEADER')")
	ConsolidatedReport approve(@PathVariable String period, @RequestParam(required = false) Long unitId,
			@Valid @RequestBody Approval approval) {
		long unit = editableUnit(unitId, RoleGroup.LEADERS);
		return consolidation.approve(period, unit, approval.issuedOn() == null ? clock.today() : approval.issuedOn(),
				approval.version(), approval.confirmMissing());
	}

	@Operation(summary = "Lãnh đạo sửa đổi báo cáo đã ban hành: thành dự thảo lần tiếp theo, sẽ được cấp số mới; "
			+ "văn bản đã ban hành giữ nguyên; bắt buộc nêu lý do ('reason')")
	@PostMapping("/api/consolidated-reports/{period}/revise")
	@PreAuthorize("hasRole('LEADER')")
	ConsolidatedReport revise(@PathVariable String period, @RequestParam(required = false) Long unitId,
			@Valid @RequestBody Revision revision) {
		long unit = editableUnit(unitId, RoleGroup.LEADERS);
		return consolidation.revise(period, unit, revision.reason(), revision.version());
	}

	@Operation(summary = "Báo cáo tổng hợp theo thể thức văn bản của Đảng (DOCX); 'revision' cho một lần ban hành trước")
	@GetMapping({ "/api/consolidated-reports/{period}/document.docx", "/documents/consolidated-reports/{period}/document.docx" })
	ResponseEntity<byte[]> consolidatedDocx(@PathVariable String period, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Integer revision) {
		return consolidatedFile(period, unitId, IssuedDocuments.Kind.DOCX, revision);
	}

	@Operation(summary = "Báo cáo tổng hợp theo thể thức văn bản của Đảng (PDF)")
	@GetMapping({ "/api/consolidated-reports/{period}/document.pdf", "/documents/consolidated-reports/{period}/document.pdf" })
	ResponseEntity<byte[]> consolidatedPdf(@PathVariable String period, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Integer revision) {
		return consolidatedFile(period, unitId, IssuedDocuments.Kind.PDF, revision);
	}

	@Operation(summary = "Biểu chỉ tiêu của báo cáo tổng hợp: từng đơn vị và tổng (XLSX)")
	@GetMapping({ "/api/consolidated-reports/{period}/indicators.xlsx", "/documents/consolidated-reports/{period}/indicators.xlsx" })
	ResponseEntity<byte[]> consolidatedXlsx(@PathVariable String period, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Integer revision) {
		return consolidatedFile(period, unitId, IssuedDocuments.Kind.XLSX, revision);
	}

	private ResponseEntity<byte[]> consolidatedFile(String period, Long unitId, IssuedDocuments.Kind kind, Integer revision) {
		ConsolidatedReport report = consolidation.of(period, readableUnit(unitId));
		IssuedDocuments.Download file = issued.download(report, kind, revision);
		return download(file.bytes(), MediaType.parseMediaType(file.contentType()), file.fileName());
	}

	@Operation(summary = "Báo cáo của một đơn vị theo thể thức văn bản của Đảng (DOCX)")
	@GetMapping({ "/api/reports/{id}/document.docx", "/documents/reports/{id}/document.docx" })
	ResponseEntity<byte[]> unitDocx(@PathVariable long id) {
		UnitReport report = reports.readable(id);
		return download(writers.docx(documents.unit(report)), DOCX, unitFileName(report, ".docx"));
	}

	@Operation(summary = "Báo cáo của một đơn vị theo thể thức văn bản của Đảng (PDF)")
	@GetMapping({ "/api/reports/{id}/document.pdf", "/documents/reports/{id}/document.pdf" })
	ResponseEntity<byte[]> unitPdf(@PathVariable long id) {
		UnitReport report = reports.readable(id);
		return download(writers.pdf(documents.unit(report)), MediaType.APPLICATION_PDF, unitFileName(report, ".pdf"));
	}

	@Operation(summary = "Thể thức văn bản của một đơn vị: cơ quan cấp trên, cơ quan ban hành, địa danh, người ký, nơi nhận")
	@GetMapping("/api/issuers/{unitId}")
	IssuerProfile issuer(@PathVariable long unitId) {
		scope.requireCovers(unitId);
		return consolidation.issuer(unitId).orElseThrow(() -> new vn.tuyengiao.platform.NotFound("issuer.not-found", unitId));
	}

	@PutMapping("/api/issuers/{unitId}")
	@PreAuthorize("hasRole('ADMIN')")
	IssuerProfile saveIssuer(@PathVariable long unitId, @Valid @RequestBody IssuerProfile profile) {
		scope.require(RoleGroup.ADMINISTRATORS, unitId);
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

	private long editableUnit(Long unitId, RoleGroup group) {
		return reports.consolidatingUnit(unitId, group);
	}

	private static String unitFileName(UnitReport report, String extension) {
		String name = "bao-cao-" + report.period() + "-" + report.unitId() + extension;
		return ReportDocuments.fileName(name, ReportDocuments.isDraft(report));
	}

	/** The file name as given, in UTF-8 ("DỰ THẢO - …" keeps its accents). */
	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	record Edit(String summary, Map<String, String> sections, @NotNull(message = "{validation.required}") Long version) {
	}

	/** @param version the draft's current version; none when the draft is made for the first time */
	record Recompilation(Long version) {
	}

	/**
	 * @param issuedOn the date of issue, today in Vietnam if left out
	 * @param confirmMissing the leader knows which units' reports are not accepted and approves anyway
	 */
	record Approval(LocalDate issuedOn, @NotNull(message = "{validation.required}") Long version, boolean confirmMissing) {
	}

	record Revision(@NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.too-long}") String reason,
			@NotNull(message = "{validation.required}") Long version) {
	}

}
