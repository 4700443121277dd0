package vn.tuyengiao.report;

/** How a province totals an indicator over its units. */
public enum Aggregation {

	SUM, AVERAGE, MAX, NONE

}
