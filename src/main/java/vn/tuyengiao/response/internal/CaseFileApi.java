package vn.tuyengiao.response.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.tuyengiao.report.OfficialDocuments;
import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.response.Cases;

/**
 * The case file (hồ sơ vụ việc) for a referral, as DOCX and PDF: under {@code /api} for Basic and token callers and
 * under {@code /documents} for the signed-in browser. Whoever reads the case downloads its file.
 */
@RestController
@Tag(name = "Vụ việc")
class CaseFileApi {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final Cases cases;

	private final ResponseService responses;

	private final EvidenceLocker evidence;

	private final CaseFile file;

	private final OfficialDocuments documents;

	CaseFileApi(Cases cases, ResponseService responses, EvidenceLocker evidence, CaseFile file, OfficialDocuments documents) {
		this.cases = cases;
		this.responses = responses;
		this.evidence = evidence;
		this.file = file;
		this.documents = documents;
	}

	@Operation(summary = "Hồ sơ vụ việc để chuyển cơ quan chức năng (DOCX): tóm tắt, diễn biến, kết quả xử lý, chứng cứ với mã SHA-256")
	@GetMapping({ "/api/cases/{id}/file.docx", "/documents/cases/{id}/file.docx" })
	ResponseEntity<byte[]> docx(@PathVariable long id) {
		return download(documents.docx(document(id)), DOCX, "ho-so-vu-viec-" + id + ".docx");
	}

	@Operation(summary = "Hồ sơ vụ việc để chuyển cơ quan chức năng (PDF)")
	@GetMapping({ "/api/cases/{id}/file.pdf", "/documents/cases/{id}/file.pdf" })
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		return download(documents.pdf(document(id)), MediaType.APPLICATION_PDF, "ho-so-vu-viec-" + id + ".pdf");
	}

	private PartyDocument document(long id) {
		Cases.Case theCase = cases.get(id);
		return file.of(theCase, responses.of(id), evidence.of(id));
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

}
