package vn.tuyengiao.response.internal;

import vn.tuyengiao.platform.InvalidInput;

/** The rules on the text fields of a case: stripped, blank read as absent, and no longer than the column. */
final class CaseInput {

	private CaseInput() {
	}

	/** The stripped value; blank is refused. */
	static String required(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, "response.case.required");
		}
		return optional(field, value, max);
	}

	/** The stripped value, or null when blank. */
	static String optional(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.strip().length() > max) {
			throw new InvalidInput(field, "response.case.too-long", max);
		}
		return value.strip();
	}

}
