package vn.tuyengiao.monitor.internal;

/** A {@code tuyengiao.monitor.search.*} setting is out of range; the application refuses to start with it. */
class SearchSettingsInvalid extends IllegalArgumentException {

	SearchSettingsInvalid(String message) {
		super(message);
	}

}
