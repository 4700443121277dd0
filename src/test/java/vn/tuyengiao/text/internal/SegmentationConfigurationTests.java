package vn.tuyengiao.text.internal;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The configured model, or none: a wrong path must not stop the platform. */
class SegmentationConfigurationTests {

	private final SegmentationConfiguration configuration = new SegmentationConfiguration();

	@Test
	void runsWithoutASegmenterWhenNoModelIsConfigured() {
		assertThat(configuration.segmentation(new TextSettings(" ")).segmenter()).isEmpty();
	}

	@Test
	void runsWithoutASegmenterWhenTheConfiguredModelIsMissing() {
		assertThat(configuration.segmentation(new TextSettings("/no/such/model")).segmenter()).isEmpty();
	}

	@Test
	void loadsTheConfiguredModel() {
		Path model = Path.of("src", "test", "resources", "segmenter");
		assertThat(configuration.segmentation(new TextSettings(model.toString())).segmenter()).isPresent();
	}

}
