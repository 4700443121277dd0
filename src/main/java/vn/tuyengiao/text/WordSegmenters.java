package vn.tuyengiao.text;

import java.nio.file.Path;

import vn.tuyengiao.text.internal.segmenter.ModelReader;

/** Word segmenters built from a model that the operator supplies (the product ships none; see the README). */
public final class WordSegmenters {

	private WordSegmenters() {
	}

	/**
	 * The ripple-down-rules segmenter of the model in the directory: {@code Model.RDR} (the rule tree) and
	 * {@code VnVocab.txt} (the vocabulary), in the format of RDRsegmenter. Loading takes well under a second.
	 *
	 * @throws IllegalArgumentException when a file is missing, unreadable or malformed; its message, in
	 *         Vietnamese and English, is fit to show an operator
	 */
	public static WordSegmenter load(Path modelDirectory) {
		return ModelReader.load(modelDirectory);
	}

}
