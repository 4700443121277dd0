package vn.tuyengiao.monitor.internal.archive;

/** A {@code tuyengiao.monitor.archive.*} setting is out of range; the application refuses to start with it. */
class ArchiveSettingsInvalid extends IllegalArgumentException {

	ArchiveSettingsInvalid(String message) {
		super(message);
	}

}
