package vn.tuyengiao.platform;

/**
 * One page of a list as an API caller asks for it, checked: {@code page} from 0, {@code size} from 1 to
 * {@link #MAX_SIZE}, and no page beyond the first {@link #MAX_WINDOW} results, so a huge page number is a clear
 * 400 naming the parameter instead of an overflow or a scan of everything. Deeper reading is done by narrowing
 * the query (dates, source), not by paging.
 */
public record Paging(int page, int size) {

	public static final int MAX_SIZE = 200;

	/** The furthest result a page may reach: {@code page × size + size} at most. */
	public static final int MAX_WINDOW = 10_000;

	public Paging {
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidInput("size", "paging.size", MAX_SIZE);
		}
		if (page < 0 || (long) page * size + size > MAX_WINDOW) {
			throw new InvalidInput("page", "paging.page", MAX_WINDOW, Math.max(0, MAX_WINDOW / size - 1));
		}
	}

	/** The number of results before this page. */
	public int offset() {
		return page * size;
	}

}
