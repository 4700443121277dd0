package vn.tuyengiao.monitor;

/**
 * A source (nguồn tin) as users see it.
 *
 * @param outlet the outlet's name as readers know it (e.g. a newspaper), shown on its items
 * @param intervalMinutes how often it is read; 0 for imports, which are read when uploaded
 * @param ownerUnitId the unit whose staff look after it
 */
public record Source(long id, String name, String outlet, SourceType type, SourceKind kind, String url,
		String language, int intervalMinutes, long ownerUnitId, boolean active, long version) {
}
