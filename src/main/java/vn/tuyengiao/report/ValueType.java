package vn.tuyengiao.report;

/** Kiểu giá trị của chỉ tiêu. */
public enum ValueType {

	INTEGER, DECIMAL, PERCENT, YES_NO, TEXT

}
