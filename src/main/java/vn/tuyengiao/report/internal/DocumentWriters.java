package vn.tuyengiao.report.internal;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.tuyengiao.report.ConsolidatedReport;
import vn.tuyengiao.report.OfficialDocuments;
import vn.tuyengiao.report.Period;
import vn.tuyengiao.report.internal.document.IndicatorTable;
import vn.tuyengiao.report.internal.document.IndicatorTableXlsxWriter;
import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.report.internal.document.PartyDocxWriter;
import vn.tuyengiao.report.internal.document.PartyPdfWriter;

/**
 * The document writers as the application uses them, published to other modules as {@link OfficialDocuments}. The PDF writer loads its fonts once: Times New
 * Roman from the directory the operator names in {@code tuyengiao.report.font-directory} (the font may
 * not be redistributed), otherwise the metric-compatible Liberation Serif that ships in a Maven package.
 */
@Component
class DocumentWriters implements OfficialDocuments {

	private final PartyDocxWriter docx = new PartyDocxWriter();

	private final String fontDirectory;

	/** Made on the first PDF, not at start-up: loading the fonts costs seconds the platform's start should not pay. */
	private volatile PartyPdfWriter pdf;

	private final IndicatorTableXlsxWriter xlsx = new IndicatorTableXlsxWriter();

	DocumentWriters(ReportSettings settings) {
		this.fontDirectory = settings.fontDirectory() == null ? "" : settings.fontDirectory();
	}

	private PartyPdfWriter pdfWriter() {
		PartyPdfWriter writer = pdf;
		if (writer == null) {
			synchronized (this) {
				if (pdf == null) {
					pdf = fontDirectory.isBlank() ? new PartyPdfWriter() : new PartyPdfWriter(Path.of(fontDirectory));
				}
				writer = pdf;
			}
		}
		return writer;
	}

	@Override
	public byte[] docx(PartyDocument document) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		docx.write(document, out);
		return out.toByteArray();
	}

	@Override
	public byte[] pdf(PartyDocument document) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		pdfWriter().write(document, out);
		return out.toByteArray();
	}

	/** The indicator table of a consolidated report: one column per reporting unit, then the total. */
	byte[] xlsx(ConsolidatedReport report) {
		List<String> columns = new ArrayList<>(report.table().units());
		columns.add("Tổng hợp");
		List<IndicatorTable.Row> rows = report.table().rows().stream().map(row -> {
			List<String> cells = new ArrayList<>(row.values());
			cells.add(row.total());
			return new IndicatorTable.Row(row.code(), row.name(), row.unitOfMeasure(), cells);
		}).toList();
		// A draft's table says so in its title, the first thing on the sheet and in its name.
		String title = (report.approved() ? "" : PartyDocument.DRAFT_MARK + " – ") + "Biểu số liệu "
				+ Period.parse(report.period()).vietnameseName() + " – " + report.unitName();
		String note = "Tổng hợp từ " + report.acceptedReports() + "/" + report.expectedReports()
				+ " báo cáo đã tiếp nhận; tổng theo quy tắc của từng chỉ tiêu (cộng, trung bình, lớn nhất)."
				+ (report.missingUnits().isEmpty() ? "" : " Chưa có báo cáo được tiếp nhận của: "
						+ String.join(", ", report.missingUnits()) + ".");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		xlsx.write(new IndicatorTable(title, note, columns, rows), out);
		return out.toByteArray();
	}

}
