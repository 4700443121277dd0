package vn.tuyengiao.text.internal.segmenter;

import java.nio.file.Path;

/**
 * A line of the rules file is not a rule of the RDRsegmenter format, or is indented deeper than the rule it
 * would refine. Reading a rule fails with the part it could not read; the reader then names the file and line.
 */
class SegmenterRuleMalformed extends IllegalArgumentException {

	SegmenterRuleMalformed(String unreadPart) {
		super(unreadPart);
	}

	SegmenterRuleMalformed(Path file, int line, String text) {
		super("Tệp luật %s sai định dạng ở dòng %d. The rules file %s is malformed at line %d: %s"
			.formatted(file, line, file, line, text));
	}

}
