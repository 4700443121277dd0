package vn.tuyengiao.report.internal.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tuyengiao.report.PartyDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static vn.tuyengiao.report.internal.document.PartyDocuments.BODY_SENTENCE;
import static vn.tuyengiao.report.internal.document.PartyDocuments.DEPUTY_HEAD;
import static vn.tuyengiao.report.internal.document.PartyDocuments.quarterlyReport;

/** A Party report written as PDF keeps the form, the Vietnamese text, the page and the numbering of the DOCX. */
class PartyPdfWriterTests {

	/** Points per millimetre. */
	static final float MM = 72 / 25.4f;

	final PartyPdfWriter writer = new PartyPdfWriter();

	@Test
	void printsTheFormAndTheBodyAsSearchableVietnameseText() throws IOException {
		try (PDDocument pdf = written(quarterlyReport())) {
			String text = text(pdf);

			assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "TỈNH ỦY BẮC KẠN", "BAN TUYÊN GIÁO",
					"Số 12-BC/BTGTU", "Bắc Kạn, ngày 12 tháng 4 năm 2023", "BÁO CÁO",
					"I. TÌNH HÌNH, KẾT QUẢ THỰC HIỆN NHIỆM VỤ", "- Tổ chức 655 hội nghị", "Nơi nhận:",
					"- Lưu VP.", "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Văn A", BODY_SENTENCE);
			assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
		}
	}

	@Test
	void printsTheIndicatorTable() throws IOException {
		try (PDDocument pdf = written(quarterlyReport())) {
			assertThat(text(pdf)).contains("STT Chỉ tiêu Đơn vị Quý I/2023", "Cán bộ, đảng viên tham dự người 42.904",
					"Tỷ lệ đảng viên được học tập % 97,55", "Số liệu minh họa, không phải số liệu thật.");
		}
	}

	@Test
	void composesDecomposedAccentsIntoNfc() throws IOException {
		String decomposed = Normalizer.normalize("Bắc Kạn, ngày 12 tháng 4 năm 2023", Normalizer.Form.NFD);

		try (PDDocument pdf = written(quarterlyReport(decomposed, DEPUTY_HEAD))) {
			assertThat(text(pdf)).contains("Bắc Kạn, ngày 12 tháng 4 năm 2023");
		}
	}

	@Test
	void usesA4WithTheMarginsOfPartyDocuments() throws IOException {
		try (PDDocument pdf = written(quarterlyReport())) {
			for (PDPage page : pdf.getPages()) {
				PDRectangle size = page.getMediaBox();
				assertThat(size.getWidth()).isCloseTo(595, within(1f));
				assertThat(size.getHeight()).isCloseTo(842, within(1f));
			}
			List<TextPosition> glyphs = glyphs(pdf, 1);
			float left = (float) glyphs.stream().mapToDouble(TextPosition::getXDirAdj).min().orElseThrow();
			float right = (float) glyphs.stream()
				.mapToDouble(glyph -> glyph.getXDirAdj() + glyph.getWidthDirAdj())
				.max()
				.orElseThrow();
			assertThat(left).as("left margin").isCloseTo(30 * MM, within(1.5f));
			assertThat(right).as("right edge of the text").isBetween(595 - 15 * MM - 3, 595 - 15 * MM + 1);
		}
	}

	@Test
	void numbersPagesFromTheSecond() throws IOException {
		try (PDDocument pdf = written(quarterlyReport())) {
			assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);

			assertThat(lines(text(pdf, 1))).first().asString().startsWith("TỈNH ỦY BẮC KẠN");
			assertThat(lines(text(pdf, 1))).noneMatch(line -> line.strip().matches("\\d+"));
			assertThat(lines(text(pdf, 2))).first().asString().isEqualTo("2");
		}
	}

	@Test
	void embedsLiberationSerifWhenNoTimesNewRomanIsConfigured() throws IOException {
		assertThat(this.writer.fontFamilies()).containsOnly("Liberation Serif");

		try (PDDocument pdf = written(quarterlyReport())) {
			assertThat(fonts(pdf)).isNotEmpty().allSatisfy(font -> {
				assertThat(font.getName()).contains("LiberationSerif");
				assertThat(font.isEmbedded()).as("%s is embedded", font.getName()).isTrue();
			});
			assertThat(fonts(pdf)).extracting(PDFont::getName)
				.anyMatch(name -> name.endsWith("LiberationSerif-Bold"))
				.anyMatch(name -> name.endsWith("LiberationSerif-Italic"))
				.anyMatch(name -> name.endsWith("LiberationSerif-BoldItalic"));
		}
	}

	/** Times New Roman cannot ship with the tests; another font under its file name shows which file is used. */
	@Test
	void embedsTheFontsTheOperatorConfigured(@TempDir Path fonts) throws IOException {
		try (InputStream sans = getClass().getClassLoader()
			.getResourceAsStream("liberation/LiberationSans-Regular.ttf")) {
			Files.copy(sans, fonts.resolve("TIMES.TTF"));
		}
		PartyPdfWriter configured = new PartyPdfWriter(fonts);

		assertThat(configured.fontFamilies()).containsExactly("Times New Roman", "Liberation Serif",
				"Liberation Serif", "Liberation Serif");
		try (PDDocument pdf = written(configured, quarterlyReport())) {
			assertThat(fonts(pdf)).extracting(PDFont::getName)
				.anyMatch(name -> name.endsWith("LiberationSans"))
				.anyMatch(name -> name.endsWith("LiberationSerif-Bold"));
			assertThat(text(pdf)).contains(BODY_SENTENCE);
		}
	}

	@Test
	void rejectsAFontDirectoryThatIsNotThere(@TempDir Path fonts) {
		assertThatIllegalArgumentException().isThrownBy(() -> new PartyPdfWriter(fonts.resolve("fonts")))
			.withMessageContaining("times.ttf");
	}

	PDDocument written(PartyDocument document) {
		return written(this.writer, document);
	}

	static PDDocument written(PartyPdfWriter writer, PartyDocument document) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		writer.write(document, out);
		try {
			return Loader.loadPDF(out.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The text in reading order, with the lines of a paragraph joined, so sentences read whole. */
	static String text(PDDocument pdf) throws IOException {
		return String.join(" ", lines(stripper(1, pdf.getNumberOfPages()).getText(pdf)));
	}

	static String text(PDDocument pdf, int page) throws IOException {
		return stripper(page, page).getText(pdf);
	}

	static List<String> lines(String text) {
		return text.lines().map(line -> line.strip().replaceAll("\\s+", " ")).filter(line -> !line.isEmpty()).toList();
	}

	static PDFTextStripper stripper(int first, int last) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setSortByPosition(true);
		stripper.setStartPage(first);
		stripper.setEndPage(last);
		return stripper;
	}

	static List<TextPosition> glyphs(PDDocument pdf, int page) throws IOException {
		List<TextPosition> glyphs = new ArrayList<>();
		PDFTextStripper collector = new PDFTextStripper() {

			@Override
			protected void processTextPosition(TextPosition text) {
				if (!text.getUnicode().isBlank()) {
					glyphs.add(text);
				}
			}

		};
		collector.setStartPage(page);
		collector.setEndPage(page);
		collector.getText(pdf);
		return glyphs;
	}

	static List<PDFont> fonts(PDDocument pdf) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		for (PDPage page : pdf.getPages()) {
			for (COSName name : page.getResources().getFontNames()) {
				fonts.add(page.getResources().getFont(name));
			}
		}
		return fonts;
	}

}
