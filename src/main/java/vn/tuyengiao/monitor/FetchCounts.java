package vn.tuyengiao.monitor;

/**
 * What one reading of a source did: entries found, items created, items whose text changed (a new version),
 * entries that could not be read (each recorded against the source with its reason).
 */
public record FetchCounts(int fetched, int created, int updated, int failed) {

	public static final FetchCounts NONE = new FetchCounts(0, 0, 0, 0);

	public FetchCounts plus(FetchCounts other) {
		return new FetchCounts(fetched + other.fetched, created + other.created, updated + other.updated,
				failed + other.failed);
	}

}
