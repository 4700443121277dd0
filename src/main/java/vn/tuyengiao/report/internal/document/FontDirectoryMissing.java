package vn.tuyengiao.report.internal.document;

import java.nio.file.Path;

/** The operator configured a font directory ({@code tuyengiao.report.font-directory}) that is not one. */
class FontDirectoryMissing extends IllegalArgumentException {

	FontDirectoryMissing(Path directory) {
		super("The font directory " + directory
				+ " does not exist or is not a directory; configure the folder holding times.ttf or none");
	}

}
