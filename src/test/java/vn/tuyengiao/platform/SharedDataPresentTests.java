package vn.tuyengiao.platform;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The profile {@code datasets} fails at once, naming what is missing, on a machine without {@code ../shared/data}.
 */
@UsesSharedData
class SharedDataPresentTests {

	@ParameterizedTest
	@ValueSource(strings = { "rdrsegmenter/Model.RDR", "ud-vtb", "dvhcvn", "vihsd", "vihos", "uit-vsfc", "vfnd" })
	void theDataSetIsBesideTheProject(String entry) {
		Path path = Path.of("..", "shared", "data").resolve(entry);
		assertThat(path).as("%s: mvn verify -Pdatasets reads the data sets in ../shared/data (see README)",
				path.toAbsolutePath().normalize()).exists();
	}

}
