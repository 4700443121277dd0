package vn.tuyengiao.report.internal.document;

/** Neither Times New Roman nor the packaged Liberation Serif is there to print a style of the PDF. */
class FontMissing extends IllegalStateException {

	FontMissing(String liberationResource) {
		super("Thiếu phông chữ để xuất PDF (missing font for PDF output): " + liberationResource
				+ " is not on the class path and no times.ttf was configured; "
				+ "add com.github.librepdf:openpdf-fonts-extra or set a font directory");
	}

}
