package vn.tuyengiao.text.internal;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.tuyengiao.text.Segmentation;
import vn.tuyengiao.text.WordSegmenters;

/**
 * Loads the word segmentation model named by {@code tuyengiao.text.segmenter-model}. A wrong path must not
 * stop the platform: search then works on syllables, as without a model, and the log says why.
 */
@Configuration(proxyBeanMethods = false)
class SegmentationConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SegmentationConfiguration.class);

	@Bean
	Segmentation segmentation(TextSettings settings) {
		String model = settings.segmenterModel();
		if (model == null || model.isBlank()) {
			return Segmentation.none();
		}
		try {
			Segmentation segmentation = Segmentation.of(WordSegmenters.load(Path.of(model.strip())));
			log.info("Word segmentation model loaded from {}", model);
			return segmentation;
		}
		catch (IllegalArgumentException e) {
			log.warn("{} Running without word segmentation.", e.getMessage());
			return Segmentation.none();
		}
	}

}
