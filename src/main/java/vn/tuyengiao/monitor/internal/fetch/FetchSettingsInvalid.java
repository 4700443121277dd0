package vn.tuyengiao.monitor.internal.fetch;

/** A {@code tuyengiao.monitor.fetch.*} setting is out of range; the application refuses to start with it. */
class FetchSettingsInvalid extends IllegalArgumentException {

	FetchSettingsInvalid(String message) {
		super(message);
	}

}
