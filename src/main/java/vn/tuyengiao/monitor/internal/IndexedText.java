package vn.tuyengiao.monitor.internal;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.springframework.stereotype.Component;

/**
 * What of an item's text goes into the index: its bounded beginning ({@link SearchSettings}). Hibernate Search
 * takes these bridges from Spring, so the bounds are the operator's settings.
 */
abstract class IndexedText implements ValueBridge<String, String> {

	private final int max;

	IndexedText(int max) {
		this.max = max;
	}

	@Override
	public String toIndexedValue(String value, ValueBridgeToIndexedValueContext context) {
		return SearchSettings.prefix(value, max);
	}

	/** The text that is analysed for search: the first {@code max-analysed-chars} characters. */
	@Component
	static final class Analysed extends IndexedText {

		Analysed(SearchSettings settings) {
			super(settings.maxAnalysedChars());
		}

	}

	/** The body kept in the index for the highlighter: the first {@code highlight-chars} characters. */
	@Component
	static final class Highlighted extends IndexedText {

		Highlighted(SearchSettings settings) {
			super(settings.highlightChars());
		}

	}

}
