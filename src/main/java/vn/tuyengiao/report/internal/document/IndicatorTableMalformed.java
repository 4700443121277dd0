package vn.tuyengiao.report.internal.document;

import java.util.List;

/** An indicator's row has another number of figures than the table has columns. */
class IndicatorTableMalformed extends IllegalArgumentException {

	IndicatorTableMalformed(String code, List<String> cells, int columns) {
		super("Indicator " + code + " has " + cells.size() + " figures but the table has " + columns + " columns: "
				+ cells);
	}

}
