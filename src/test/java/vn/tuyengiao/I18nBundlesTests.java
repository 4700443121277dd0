package vn.tuyengiao;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message exists in Vietnamese and English, so no page shows a bare key in either language. */
class I18nBundlesTests {

	static Properties load(String name) throws Exception {
		Properties properties = new Properties();
		try (InputStream in = I18nBundlesTests.class.getResourceAsStream("/i18n/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void englishHasExactlyTheVietnameseKeys() throws Exception {
		assertThat(load("messages_en.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
	}

	@Test
	void vietnameseMessagesAreInNormalizedUnicode() throws Exception {
		Properties vietnamese = load("messages.properties");
		for (String key : vietnamese.stringPropertyNames()) {
			String value = vietnamese.getProperty(key);
			assertThat(java.text.Normalizer.isNormalized(value, java.text.Normalizer.Form.NFC)).as(key).isTrue();
		}
	}

}
