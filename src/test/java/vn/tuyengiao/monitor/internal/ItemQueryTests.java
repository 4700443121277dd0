package vn.tuyengiao.monitor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How the search box's text is read, shown as the Lucene query it becomes (over a whitespace analyzer, so
 * that the structure is plain to read: {@code +} must, {@code -} must not, quotes a phrase). The analyst's
 * half-typed input (a quote left open, a bar at the end) still gives a sensible query, never an error.
 */
class ItemQueryTests {

	private static String read(String text) {
		WhitespaceAnalyzer analyzer = new WhitespaceAnalyzer();
		return ItemQuery.parse(text).toLucene("text", analyzer, "title", analyzer, term -> 0).toString("text").replaceAll(" \\(\\(?\\+?title:.*$", "").strip();
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '→', value = {
			"bac                              → +bac",
			"tham nhung                       → +(+tham +nhung)",
			"\"du luan xa hoi\"               → +\"du luan xa hoi\"",
			"tham | nhung                     → +(tham nhung)",
			"lu | bao -bien                   → +(lu bao) -bien",
			"cong an -giao thong              → +(+cong +an) -(+giao +thong)",
			"ma tuy -\"cong an\"              → +(+ma +tuy) -\"cong an\"",
			"covid-19                         → +covid-19",
			"\"du luan                        → +\"du luan\"",
			"bac |                            → +bac",
			"(bac) + kan                      → +(+bac +kan)" })
	void readsTheSearchBoxSyntax(String text, String lucene) {
		assertThat(read(text)).isEqualTo(lucene.strip());
	}

}
