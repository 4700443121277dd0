package vn.tuyengiao.text.internal;

import java.nio.file.Path;

/**
 * {@code text eval-segmenter --gold FILE} names no file. An {@link IllegalArgumentException} like the model's
 * problems, so the command prints it and exits 1.
 */
public class GoldFileMissing extends IllegalArgumentException {

	public GoldFileMissing(Path gold) {
		super("Không có tệp %s. No such file: %s".formatted(gold, gold));
	}

}
