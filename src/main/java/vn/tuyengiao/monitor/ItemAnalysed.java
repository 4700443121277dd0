package vn.tuyengiao.monitor;

/**
 * Published after an item's analysis is stored: which story (chuỗi tin) it joined and its risk flag. Response
 * cases follow their stories from it: a new copy joins an open case, and one of a closed case alerts its owner.
 * Published again when an item is analysed again; handlers must be idempotent.
 *
 * @param text the title and the body as analysed, for comparisons with what other modules hold (a case's claim)
 */
public record ItemAnalysed(long itemId, long storyId, String title, String url, String outlet, int riskScore,
		String text) {
}
