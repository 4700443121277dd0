package vn.tuyengiao.text;

import java.util.Optional;

/**
 * The word segmenter of the model the operator configured ({@code tuyengiao.text.segmenter-model}), if any:
 * the product ships no model, so callers fall back to syllables when there is none.
 */
public final class Segmentation {

	private final WordSegmenter segmenter;

	private Segmentation(WordSegmenter segmenter) {
		this.segmenter = segmenter;
	}

	public static Segmentation of(WordSegmenter segmenter) {
		return new Segmentation(segmenter);
	}

	public static Segmentation none() {
		return new Segmentation(null);
	}

	public Optional<WordSegmenter> segmenter() {
		return Optional.ofNullable(segmenter);
	}

}
