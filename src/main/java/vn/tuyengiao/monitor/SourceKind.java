package vn.tuyengiao.monitor;

/** What kind of outlet a source is: it weighs in the risk of what it publishes. */
public enum SourceKind {
	/** Báo chí: a licensed newspaper, magazine, radio or television. */
	PRESS,
	/** Cổng thông tin điện tử of a state or Party body. */
	GOVERNMENT,
	/** A social network page or group. */
	SOCIAL,
	/** A forum. */
	FORUM,
	OTHER
}
