package vn.tuyengiao.platform.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Resolves the data directory ({@code tuyengiao.data-dir}, or the environment variable
 * {@code TUYENGIAO_DATA_DIR}, default {@code ./data}) to an absolute path and, unless the operator
 * points {@code spring.datasource.url} elsewhere (PostgreSQL), stores the embedded H2 database in it.
 * <p>
 * Why not a plain placeholder in application.properties: H2 refuses implicitly relative file paths,
 * and an operator typing {@code --tuyengiao.data-dir=mydata} should not have to know that.
 */
class DataDirectoryEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String DATA_DIR = "tuyengiao.data-dir";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String configured = environment.getProperty(DATA_DIR, "./data");
		Path dataDir = Path.of(configured).toAbsolutePath().normalize();
		Map<String, Object> resolved = new HashMap<>();
		resolved.put(DATA_DIR, dataDir.toString());
		if (!environment.containsProperty("spring.datasource.url")) {
			resolved.put("spring.datasource.url",
					"jdbc:h2:file:" + dataDir.resolve("db").resolve("tuyengiao") + ";DB_CLOSE_ON_EXIT=FALSE");
			resolved.put("spring.datasource.username", "sa");
			resolved.put("spring.datasource.password", "");
			resolved.put("tuyengiao.embedded-database", "true");
		}
		environment.getPropertySources().addFirst(new MapPropertySource("tuyengiaoDataDirectory", resolved));
	}

	@Override
	public int getOrder() {
		// After the config files and the command line are read, so their values are what we resolve.
		return Ordered.LOWEST_PRECEDENCE;
	}

}
