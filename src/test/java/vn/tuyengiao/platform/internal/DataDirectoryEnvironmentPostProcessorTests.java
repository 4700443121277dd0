package vn.tuyengiao.platform.internal;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DataDirectoryEnvironmentPostProcessorTests {

	final DataDirectoryEnvironmentPostProcessor processor = new DataDirectoryEnvironmentPostProcessor();

	@Test
	void aRelativeDataDirectoryBecomesAbsoluteAndHoldsTheH2Database() {
		MockEnvironment environment = new MockEnvironment().withProperty("tuyengiao.data-dir", "mydata");

		processor.postProcessEnvironment(environment, new SpringApplication());

		Path expected = Path.of("mydata").toAbsolutePath().normalize();
		assertThat(environment.getProperty("tuyengiao.data-dir")).isEqualTo(expected.toString());
		assertThat(environment.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:h2:file:" + expected.resolve("db").resolve("tuyengiao") + ";DB_CLOSE_ON_EXIT=FALSE");
		assertThat(environment.getProperty("tuyengiao.embedded-database")).isEqualTo("true");
	}

	@Test
	void withoutSettingTheDataDirectoryIsDotData() {
		MockEnvironment environment = new MockEnvironment();

		processor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("tuyengiao.data-dir")).isEqualTo(Path.of("data").toAbsolutePath().toString());
	}

	@Test
	void anOperatorsDatabaseIsLeftAloneAndIsNotEmbedded() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("spring.datasource.url", "jdbc:postgresql://db.example/tuyengiao");

		processor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.example/tuyengiao");
		assertThat(environment.getProperty("tuyengiao.embedded-database")).isNull();
	}

}
