package vn.tuyengiao.report;

/** The length of a reporting period; its code form follows DHIS2. */
public enum PeriodType {

	/** {@code 202304}: tháng. */
	MONTH,
	/** {@code 2023Q1}: quý. */
	QUARTER,
	/** {@code 2023S1}: 6 tháng. */
	HALF_YEAR,
	/** {@code 2023}: năm. */
	YEAR

}
