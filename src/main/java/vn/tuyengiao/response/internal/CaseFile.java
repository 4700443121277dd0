package vn.tuyengiao.response.internal;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.platform.VietnamTime;
import vn.tuyengiao.report.Consolidation;
import vn.tuyengiao.report.IssuerProfile;
import vn.tuyengiao.report.PartyDocument.Block;
import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.report.Period;
import vn.tuyengiao.response.CaseEvidence;
import vn.tuyengiao.response.CaseStatus;
import vn.tuyengiao.response.Cases;

/**
 * The case file (hồ sơ vụ việc) sent with a referral, as an official Party document of the case's owning unit:
 * I. the case (title, claim, summary, verdict), II. its timeline (who moved it, when, from which status to which
 * and why), III. the responses recorded, IV. the evidence preserved with each file's SHA-256 and capture time, so
 * the agency can check that what it receives is what was captured. Headed and signed as the unit's issuer profile
 * says; a unit without one is headed with its name.
 */
@Component
class CaseFile {

	static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Consolidation consolidation;

	private final OrgUnits units;

	CaseFile(Consolidation consolidation, OrgUnits units) {
		this.consolidation = consolidation;
		this.units = units;
	}

	PartyDocument of(Cases.Case theCase, List<CaseResponse> responses, List<CaseEvidence> evidence) {
		IssuerProfile issuer = issuerOf(theCase.ownerUnitId());
		List<Block> body = new ArrayList<>();

		body.add(new PartyDocument.Heading(1, "I. THÔNG TIN VỤ VIỆC"));
		body.add(new PartyDocument.Paragraph("Tên vụ việc: " + theCase.title() + "."));
		body.add(new PartyDocument.Paragraph("Luận điệu, nội dung thông tin cần xử lý: " + theCase.claim()));
		if (theCase.summary() != null && !theCase.summary().isBlank()) {
			body.add(new PartyDocument.Paragraph("Tóm tắt: " + theCase.summary().strip()));
		}
		body.add(new PartyDocument.Paragraph("Mức độ: " + severity(theCase.severity()) + ". Đơn vị chủ trì: "
				+ units.find(theCase.ownerUnitId()).map(OrgUnit::name).orElse("đơn vị số " + theCase.ownerUnitId())
				+ ". Kỳ báo cáo: " + periodName(theCase.period()) + "."));
		body.add(new PartyDocument.Paragraph("Mở ngày " + DAY.format(local(theCase.createdAt())) + "; trạng thái hiện tại: "
				+ CaseFormats.status(theCase.status()) + (theCase.closedAt() == null ? "" : " (đóng ngày " + DAY.format(local(theCase.closedAt())) + ")")
				+ "."));
		body.add(new PartyDocument.Paragraph("Kết luận xác minh: "
				+ (theCase.verdict() == null ? "chưa có kết luận" : CaseFormats.status(theCase.verdict()).toLowerCase(Locale.forLanguageTag("vi")))
				+ "."));
		if (!theCase.itemIds().isEmpty()) {
			body.add(new PartyDocument.Paragraph("Tin liên quan trên hệ thống theo dõi: "
					+ theCase.itemIds().stream().map(id -> "số " + id).collect(Collectors.joining(", ")) + "."));
		}

		body.add(new PartyDocument.Heading(1, "II. DIỄN BIẾN XỬ LÝ"));
		List<List<String>> steps = new ArrayList<>();
		int n = 0;
		for (Cases.Transition step : theCase.timeline()) {
			steps.add(List.of(String.valueOf(++n), MOMENT.format(local(step.at())), step.actor(),
					(step.from() == null ? "" : CaseFormats.status(step.from()) + " → ") + CaseFormats.status(step.to()),
					step.note() == null ? "" : step.note()));
		}
		body.add(new PartyDocument.Table(List.of("TT", "Thời gian", "Người thực hiện", "Chuyển trạng thái", "Lý do, ghi chú"),
				steps));

		body.add(new PartyDocument.Heading(1, "III. KẾT QUẢ XỬ LÝ"));
		if (responses.isEmpty()) {
			body.add(new PartyDocument.Paragraph("Chưa ghi nhận kết quả xử lý."));
		}
		else {
			List<List<String>> rows = new ArrayList<>();
			n = 0;
			for (CaseResponse response : responses) {
				rows.add(List.of(String.valueOf(++n), response.kindLabel(), content(response), DAY.format(response.date()),
						outcome(response)));
			}
			body.add(new PartyDocument.Table(List.of("TT", "Hình thức", "Nội dung", "Ngày", "Kết quả"), rows));
		}

		body.add(new PartyDocument.Heading(1, "IV. DANH MỤC CHỨNG CỨ"));
		if (evidence.isEmpty()) {
			body.add(new PartyDocument.Paragraph("Chưa có bản lưu chứng cứ."));
		}
		else {
			body.add(new PartyDocument.Paragraph("Mỗi trang tin được lưu nguyên trạng thành một tệp WARC, không sửa đổi sau khi "
					+ "lưu; mã SHA-256 dưới đây dùng để đối chiếu tệp nhận được với tệp đã lưu."));
			n = 0;
			for (CaseEvidence capture : evidence) {
				evidence(++n, capture, body);
			}
		}
		body.add(new PartyDocument.Note("Hồ sơ lập từ hệ thống lúc " + MOMENT.format(local(Instant.now())) + "."));

		Set<String> recipients = new LinkedHashSet<>();
		responses.stream().filter(r -> r.kind() == ResponseKind.REFERRAL).forEach(r -> recipients.add(r.agency()));
		recipients.add("Lưu VP, hồ sơ vụ việc");
		return new PartyDocument(issuer.superiorBody(), issuer.issuingBody(), "Vụ việc số " + theCase.id(),
				placeAndDate(issuer.place(), local(Instant.now())), "HỒ SƠ VỤ VIỆC", theCase.title(), body,
				List.copyOf(recipients), new PartyDocument.Signature(issuer.signerAuthority(), issuer.signerOnBehalfOf(),
						issuer.signerTitle(), issuer.signerName()));
	}

	private static String content(CaseResponse response) {
		return switch (response.kind()) {
			case REBUTTAL, CLARIFICATION -> join(response.title(), response.outlet(), response.url());
			case GUIDANCE -> join(response.title(), response.recipients() == null ? null : "Gửi: " + response.recipients(),
					response.text());
			case REMOVAL_REQUEST -> join("Nền tảng: " + response.platform(), response.url(), response.text());
			case REFERRAL -> join(response.agency() + " (" + response.agencyKind().label().toLowerCase(Locale.forLanguageTag("vi")) + ")",
					response.text());
		};
	}

	private static String outcome(CaseResponse response) {
		if (response.outcome() == null) {
			return "Đã thực hiện";
		}
		String text = response.outcomeLabel();
		if (response.outcomeDate() != null) {
			text += " ngày " + DAY.format(response.outcomeDate());
		}
		if (response.answer() != null) {
			text += ": " + response.answer();
		}
		return text;
	}

	/** One capture: where and when, then its SHA-256 on a line of its own, so the hash is never broken or stretched. */
	private static void evidence(int n, CaseEvidence capture, List<Block> body) {
		String where = n + ". " + capture.url() + " (tin số " + capture.itemId() + ")";
		if (capture.sha256() == null) {
			body.add(new PartyDocument.Paragraph(where + ": " + ("FAILED".equals(capture.status())
					? "không lưu được" + (capture.error() == null ? "" : " (" + capture.error() + ")") : "đang lưu") + "."));
			return;
		}
		String copy = "STORED_COPY".equals(capture.source())
				? ", bản tin hệ thống đã thu thập (trang gốc không đọc được" + (capture.error() == null ? "" : ": " + capture.error()) + ")"
				: "";
		body.add(new PartyDocument.Paragraph(where + copy + ", lưu lúc "
				+ (capture.capturedAt() == null ? "" : MOMENT.format(local(capture.capturedAt()))) + ", "
				+ NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(capture.bytes()) + " byte; mã SHA-256:"));
		body.add(new PartyDocument.Paragraph(capture.sha256()));
	}

	private static String join(String... parts) {
		List<String> present = new ArrayList<>();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				present.add(part.strip());
			}
		}
		return String.join("; ", present);
	}

	private static String severity(String severity) {
		return switch (severity) {
			case "LOW" -> "thấp";
			case "HIGH" -> "cao";
			default -> "trung bình";
		};
	}

	private static String periodName(String code) {
		try {
			return Period.parse(code).vietnameseName();
		}
		catch (RuntimeException ex) {
			return code;
		}
	}

	private static java.time.LocalDateTime local(Instant at) {
		return at.atZone(VietnamTime.ZONE).toLocalDateTime();
	}

	/** {@code Bắc Kạn, ngày 12 tháng 4 năm 2023}: days before the 10th and January, February with a leading zero. */
	private static String placeAndDate(String place, java.time.LocalDateTime at) {
		LocalDate date = at.toLocalDate();
		String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
		String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
		return place + ", ngày " + day + " tháng " + month + " năm " + date.getYear();
	}

	private IssuerProfile issuerOf(long unitId) {
		return consolidation.issuer(unitId).orElseGet(() -> {
			String name = units.find(unitId).map(OrgUnit::name).orElse("");
			String place = units.find(unitId).map(OrgUnit::shortName).orElse("");
			return new IssuerProfile("", name, place, VietnamTime.today(), 1, "", name, "", "", List.of());
		});
	}

}
