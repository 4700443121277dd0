package vn.tuyengiao.response.internal;

import java.util.Locale;

import vn.tuyengiao.platform.InvalidInput;

/** How grave a case is (mức độ): it sets how soon a verdict is due. */
enum Severity {

	LOW, MEDIUM, HIGH;

	/** The severity as typed, MEDIUM when blank; anything else is refused. */
	static Severity parse(String value) {
		if (value == null || value.isBlank()) {
			return MEDIUM;
		}
		try {
			return valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("severity", "response.case.bad-severity");
		}
	}

}
