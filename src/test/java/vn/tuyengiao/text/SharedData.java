package vn.tuyengiao.text;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public data sets beside the project ({@code ../shared/data}, see its README); they are never copied
 * into the repository. The segmentation model is loaded once for all the tests that use it.
 */
public final class SharedData {

	public static final Path DATA = Path.of("..", "shared", "data");

	public static final Path RDR_MODEL = DATA.resolve("rdrsegmenter");

	public static final Path UD_VTB_DEV = DATA.resolve("ud-vtb").resolve("vi_vtb-ud-dev.conllu");

	private static WordSegmenter segmenter;

	private SharedData() {
	}

	public static synchronized WordSegmenter segmenter() {
		if (segmenter == null) {
			assertThat(RDR_MODEL.resolve("Model.RDR")).as("the RDRsegmenter model in ../shared/data").exists();
			segmenter = WordSegmenters.load(RDR_MODEL);
		}
		return segmenter;
	}

	static Path existing(Path file) {
		assertThat(Files.exists(file)).as(file + " (../shared/data beside the project)").isTrue();
		return file;
	}

}
