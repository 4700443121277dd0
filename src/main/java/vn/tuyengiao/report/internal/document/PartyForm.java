package vn.tuyengiao.report.internal.document;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.tuyengiao.report.PartyDocument.Signature;
import vn.tuyengiao.report.PartyDocument.Table;

/**
 * The rules of the Party form that the DOCX and the PDF print alike (Regulation 66-QĐ/TW, Guidance 36-HD/VPTW):
 * the page, the fixed words, capitals, how recipients and the signature read, and how a table's columns share
 * the width. Text is normalised to NFC (TCVN 6909:2001 is precomposed Unicode), so input typed on systems that
 * decompose accents still prints and searches as one character per letter.
 */
final class PartyForm {

	static final String FONT = "Times New Roman";

	static final String PARTY_NAME = "ĐẢNG CỘNG SẢN VIỆT NAM";

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	/*
	 * Sizes in twips (1/1440 inch). Millimetres convert at 1440 / 25.4 and round to the nearest twip:
	 * A4 210 x 297 mm -> 11906 x 16838, margins 20 / 20 / 30 / 15 mm -> 1134 / 1134 / 1701 / 850 — the
	 * values Word itself writes for these sizes.
	 */
	static final int PAGE_WIDTH = twips(210);

	static final int PAGE_HEIGHT = twips(297);

	static final int MARGIN_TOP = twips(20);

	static final int MARGIN_BOTTOM = twips(20);

	static final int MARGIN_LEFT = twips(30);

	static final int MARGIN_RIGHT = twips(15);

	static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

	/** Room for "STT" in 13 pt bold with the cell's own margins. */
	static final int MIN_COLUMN_WIDTH = twips(15);

	/** Numbers written the Vietnamese way, a dot grouping thousands and a comma before decimals: {@code 42.904}. */
	private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,\\d+)?%?");

	private PartyForm() {
	}

	/** Word-style rounding of millimetres to twips; see the sizes above. */
	static int twips(double millimetres) {
		return (int) Math.round(millimetres * 1440 / 25.4);
	}

	static boolean isNumber(String cell) {
		return NUMBER.matcher(cell.strip()).matches();
	}

	static String nfc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	/** Capitals the form requires, whatever the data holds ("Ban Tuyên giáo" prints "BAN TUYÊN GIÁO"). */
	static String caps(String text) {
		return nfc(text).toUpperCase(VIETNAMESE);
	}

	/**
	 * A comma after each recipient and a full stop after the last, as in {@code - Thường trực Tỉnh ủy (b/c),}
	 * and {@code - Lưu VP.}; punctuation already in the data is kept.
	 */
	static String recipientLine(String recipient, boolean last) {
		String text = recipient.strip();
		boolean punctuated = text.endsWith(",") || text.endsWith(".") || text.endsWith(";");
		return "- " + text + (punctuated ? "" : last ? "." : ",");
	}

	/** "T/M BAN TUYÊN GIÁO" or "K/T TRƯỞNG BAN", then the title, in capitals. */
	static List<String> signatureLines(Signature signature) {
		List<String> lines = new ArrayList<>();
		String onBehalf = (signature.authority() + " " + caps(signature.onBehalfOf())).strip();
		if (!onBehalf.isEmpty()) {
			lines.add(onBehalf);
		}
		if (!signature.title().isBlank()) {
			lines.add(caps(signature.title()));
		}
		return lines;
	}

	/**
	 * Columns share the text width in proportion to their longest text (capped, so one long name does not
	 * squeeze the rest), and none is narrower than {@link #MIN_COLUMN_WIDTH}: "STT" must not wrap.
	 */
	static int[] columnWidths(Table table) {
		int columns = table.header().size();
		int[] weights = new int[columns];
		for (int column = 0; column < columns; column++) {
			int longest = table.header().get(column).length();
			for (List<String> row : table.rows()) {
				longest = Math.max(longest, row.get(column).length());
			}
			weights[column] = Math.max(1, Math.min(40, longest));
		}
		int total = Arrays.stream(weights).sum();
		int[] widths = new int[columns];
		int widest = 0;
		for (int column = 0; column < columns; column++) {
			widths[column] = Math.max(MIN_COLUMN_WIDTH, TEXT_WIDTH * weights[column] / total);
			widest = widths[column] > widths[widest] ? column : widest;
		}
		widths[widest] += TEXT_WIDTH - Arrays.stream(widths).sum();
		return widths;
	}

}
