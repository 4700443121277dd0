package vn.tuyengiao.topics.internal.alert;

/** When a rule tells about matches: at once, or gathered in an hourly or a daily digest (tin tổng hợp). */
enum AlertMode {

	IMMEDIATE, HOURLY, DAILY

}
