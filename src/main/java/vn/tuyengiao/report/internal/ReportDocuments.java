package vn.tuyengiao.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.platform.VietnamTime;
import vn.tuyengiao.report.ConsolidatedReport;
import vn.tuyengiao.report.Indicator;
import vn.tuyengiao.report.IssuerProfile;
import vn.tuyengiao.report.PartyDocument.Block;
import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.report.Period;
import vn.tuyengiao.report.ReportCatalogue;
import vn.tuyengiao.report.ReportContribution;
import vn.tuyengiao.report.ReportForm;
import vn.tuyengiao.report.ReportStatus;
import vn.tuyengiao.report.UnitReport;

/**
 * Turns a consolidated report or a unit's report into an official Party document: the outline of
 * DOMAIN.md §5 (I. results per work area, II–IV), headed and signed as the issuer's profile says, with the
 * appendix table after the signature and the recipients. A document not yet approved is a draft: marked
 * "DỰ THẢO" and dated today in Vietnam.
 */
@Component
class ReportDocuments {

	private final IssuerRepository issuers;

	private final ReportCatalogue catalogue;

	private final OrgUnits units;

	private final ReportTime clock;

	ReportDocuments(IssuerRepository issuers, ReportCatalogue catalogue, OrgUnits units, ReportTime clock) {
		this.issuers = issuers;
		this.catalogue = catalogue;
		this.units = units;
		this.clock = clock;
	}

	PartyDocument consolidated(ConsolidatedReport report) {
		IssuerProfile issuer = issuerOf(report.unitId());
		List<Block> body = new ArrayList<>();
		if (!report.missingUnits().isEmpty()) {
			body.add(new PartyDocument.Note("Báo cáo tổng hợp từ " + report.acceptedReports() + "/"
					+ report.expectedReports() + " báo cáo đã tiếp nhận; chưa có báo cáo được tiếp nhận của: "
					+ String.join(", ", report.missingUnits()) + "."));
		}
		body.add(new PartyDocument.Heading(1, "I. TÌNH HÌNH, KẾT QUẢ THỰC HIỆN NHIỆM VỤ"));
		for (ConsolidatedReport.Section section : report.sections()) {
			if (section.workArea()) {
				body.add(new PartyDocument.Heading(2, section.title()));
			}
			else {
				body.add(new PartyDocument.Heading(1, section.title().toUpperCase(Locale.forLanguageTag("vi"))));
			}
			text(section.text(), body);
			for (ReportContribution.ContributedSection contribution : section.contributions()) {
				text(contribution.text(), body);
				contribution.figures()
					.forEach(f -> body.add(new PartyDocument.Bullet(f.label() + ": " + f.value() + " " + f.unitOfMeasure())));
			}
		}
		List<Block> appendix = new ArrayList<>();
		if (!report.table().rows().isEmpty()) {
			appendix.add(new PartyDocument.Heading(1, "PHỤ LỤC: BIỂU SỐ LIỆU"));
			appendix.add(new PartyDocument.Note("Tổng hợp từ " + report.acceptedReports() + "/" + report.expectedReports()
					+ " báo cáo đã tiếp nhận; chi tiết từng đơn vị trong tệp XLSX kèm theo."));
			List<List<String>> rows = new ArrayList<>();
			int n = 0;
			for (ConsolidatedReport.IndicatorMatrix.Row row : report.table().rows()) {
				rows.add(List.of(String.valueOf(++n), row.name(), row.unitOfMeasure(), row.total()));
			}
			appendix.add(new PartyDocument.Table(List.of("TT", "Chỉ tiêu", "Đơn vị tính", "Tổng hợp"), rows));
		}
		String number = report.documentNumber() == null ? "Số      -BC/" + report.documentSymbol()
				: "Số " + report.documentNumber() + "-BC/" + report.documentSymbol();
		return new PartyDocument(issuer.superiorBody(), issuer.issuingBody(), number,
				placeAndDate(issuer.place(), report.issuedOn() == null ? clock.today() : report.issuedOn()), "BÁO CÁO",
				report.summary(), body, issuer.recipients(), signature(issuer), appendix, !report.approved());
	}

	PartyDocument unit(UnitReport report) {
		IssuerProfile issuer = issuerOf(report.unitId());
		ReportForm form = catalogue.form(report.formCode());
		Period period = Period.parse(report.period());
		List<Block> body = new ArrayList<>();
		body.add(new PartyDocument.Heading(1, "I. TÌNH HÌNH, KẾT QUẢ THỰC HIỆN NHIỆM VỤ"));
		for (ReportForm.Section section : form.sections()) {
			body.add(section.workAreaId() == null
					? new PartyDocument.Heading(1, section.title().toUpperCase(Locale.forLanguageTag("vi")))
					: new PartyDocument.Heading(2, section.title()));
			text(report.narratives().getOrDefault(section.code(), ""), body);
		}
		List<List<String>> rows = new ArrayList<>();
		int n = 0;
		for (Indicator indicator : form.indicators()) {
			rows.add(List.of(String.valueOf(++n), indicator.name(), indicator.unitOfMeasure(),
					report.values().getOrDefault(indicator.code(), "")));
		}
		List<Block> appendix = List.of(new PartyDocument.Heading(1, "PHỤ LỤC: BIỂU SỐ LIỆU"),
				new PartyDocument.Table(List.of("TT", "Chỉ tiêu", "Đơn vị tính", "Số liệu"), rows));
		String symbol = units.find(report.unitId()).map(OrgUnit::symbol).orElse("");
		LocalDate date = report.submittedAt() == null ? clock.today() : VietnamTime.dayOf(report.submittedAt());
		return new PartyDocument(issuer.superiorBody(), issuer.issuingBody(), "Số      -BC/" + symbol,
				placeAndDate(issuer.place(), date), "BÁO CÁO", ConsolidatedRecords.defaultSummary(period), body,
				issuer.recipients(), signature(issuer), appendix, isDraft(report));
	}

	/** A unit's report is its draft until it is sent: a draft or a returned report is marked so. */
	static boolean isDraft(UnitReport report) {
		return report.status() == ReportStatus.DRAFT || report.status() == ReportStatus.RETURNED;
	}

	/** A file's name as downloaded: a draft's says so first, so a saved copy never passes for the issued one. */
	static String fileName(String name, boolean draft) {
		return draft ? PartyDocument.DRAFT_MARK + " - " + name : name;
	}

	/** Paragraphs are separated by blank lines; a line starting with "- " is a bullet. */
	static void text(String text, List<Block> body) {
		if (text == null || text.isBlank()) {
			return;
		}
		for (String paragraph : text.strip().split("\\n\\s*\\n")) {
			for (String line : paragraph.split("\\n")) {
				String trimmed = line.strip();
				if (trimmed.startsWith("- ") || trimmed.startsWith("+ ")) {
					body.add(new PartyDocument.Bullet(trimmed.substring(2).strip()));
				}
				else if (!trimmed.isEmpty()) {
					body.add(new PartyDocument.Paragraph(trimmed));
				}
			}
		}
	}

	/**
	 * The place and date line, e.g. {@code Bắc Kạn, ngày 12 tháng 4 năm 2023}: days before the 10th and
	 * the months January and February are written with a leading zero, as Party and state documents do.
	 */
	static String placeAndDate(String place, LocalDate date) {
		String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
		String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
		return place + ", ngày " + day + " tháng " + month + " năm " + date.getYear();
	}

	private IssuerProfile issuerOf(long unitId) {
		return issuers.findByUnitId(unitId).map(IssuerEntity::toProfile).orElseGet(() -> {
			OrgUnit unit = units.find(unitId).orElseThrow();
			// Without a profile the document is still printable; an admin fills the profile for the real one.
			return new IssuerProfile("", unit.name(), unit.shortName(), unit.validFrom(), 1, "", unit.name(), "", "",
					List.of("Lưu VP"));
		});
	}

	private static PartyDocument.Signature signature(IssuerProfile issuer) {
		return new PartyDocument.Signature(issuer.signerAuthority(), issuer.signerOnBehalfOf(), issuer.signerTitle(),
				issuer.signerName());
	}

}
