package vn.tuyengiao.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A database migrated before the migrations' comments were reworded starts with the reworded scripts; a script
 * whose statements differ, or a reworded comment nobody listed, still stops the start. Each database is migrated
 * first with the earlier texts (the current scripts with the first lines of {@code db/migration-earlier-first-lines.txt})
 * by Flyway directly, then started with the
 * application's Flyway set-up.
 */
class SchemaMigrationTests {

	private static final Pattern VERSION = Pattern.compile("^V(\\d+)__");

	private final String url = "jdbc:h2:mem:schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	@TempDir
	Path earlier;

	private final ApplicationContextRunner application = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class))
		.withUserConfiguration(SchemaMigration.class)
		.withPropertyValues("spring.datasource.url=" + url, "spring.flyway.locations=classpath:db/migration");

	@AfterEach
	void dropDatabase() throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, "sa", ""); Statement statement = connection.createStatement()) {
			statement.execute("shutdown");
		}
	}

	@Test
	void aDatabaseMigratedWithTheEarlierCommentsStartsAndRecordsTheChecksumsOfTheRewordedScripts() throws Exception {
		migrateEarlierTexts(Map.of());
		assertThat(recordedChecksums()).containsAllEntriesOf(Map.of("12", SchemaMigration.REWORDED.get("12").before()));

		application.run(context -> assertThat(context).hasNotFailed());

		Map<String, Integer> recorded = recordedChecksums();
		Map<String, Integer> scripts = new HashMap<>();
		for (MigrationInfo migration : current().info().all()) {
			scripts.put(migration.getVersion().getVersion(), migration.getResolvedChecksum());
		}
		assertThat(recorded).as("every script applied, the later ones too, each with its checksum").isEqualTo(scripts);
		SchemaMigration.REWORDED.forEach((version, checksums) -> assertThat(recorded.get(version)).isEqualTo(checksums.after()));
	}

	@Test
	void aChangedStatementInAMigrationWhoseCommentsWereRewordedStillStopsTheStart() throws Exception {
		migrateEarlierTexts(Map.of("V12__classify.sql", "\ncreate table classify_note (id bigint primary key);\n"));
		int recorded = recordedChecksums().get("12");

		application.run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().isInstanceOf(FlywayValidateException.class)
				.hasMessageContaining("checksum mismatch for migration version 12");
		});
		assertThat(recordedChecksums().get("12")).as("nothing repaired").isEqualTo(recorded);
	}

	@Test
	void aRewordedCommentOfAMigrationNotListedStillStopsTheStart() throws Exception {
		migrateEarlierTexts(Map.of("V5__report_documents.sql", "\n-- a comment the listed rewordings do not know\n"));

		application.run(context -> assertThat(context.getStartupFailure()).rootCause()
			.isInstanceOf(FlywayValidateException.class)
			.hasMessageContaining("checksum mismatch for migration version 5"));
	}

	@Test
	void theListedMigrationsDifferFromTheirEarlierTextsOnlyInComments() throws IOException {
		TreeSet<String> versions = new TreeSet<>();
		for (Map.Entry<String, String> old : earlierTexts().entrySet()) {
			versions.add(version(old.getKey()));
			assertThat(statements(current(old.getKey()))).as(old.getKey()).isEqualTo(statements(old.getValue()));
			assertThat(old.getValue()).as("only a comment was reworded").isNotEqualTo(current(old.getKey()));
		}
		assertThat(versions).isEqualTo(new TreeSet<>(SchemaMigration.REWORDED.keySet()));
	}

	/**
	 * Migrates the database with the scripts as they were before their comments were reworded, up to V20 (later
	 * ones are left for the start), each script of {@code appended} followed by its text.
	 */
	private void migrateEarlierTexts(Map<String, String> appended) throws IOException {
		for (Resource script : new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*.sql")) {
			Files.write(earlier.resolve(script.getFilename()), script.getContentAsByteArray());
		}
		for (Map.Entry<String, String> old : earlierTexts().entrySet()) {
			Files.writeString(earlier.resolve(old.getKey()), old.getValue(), StandardCharsets.UTF_8);
		}
		appended.forEach((file, text) -> write(earlier.resolve(file), text));
		Flyway.configure().dataSource(url, "sa", "").locations("filesystem:" + earlier).target("20").load().migrate();
	}

	private static void write(Path file, String appended) {
		try {
			Files.writeString(file, Files.readString(file) + appended, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Flyway current() {
		return Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load();
	}

	/** What {@code flyway_schema_history} records: the checksum of each applied version. */
	private Map<String, Integer> recordedChecksums() throws SQLException {
		Map<String, Integer> checksums = new HashMap<>();
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select \"version\", \"checksum\" from \"flyway_schema_history\" where \"type\" = 'SQL'")) {
			while (rows.next()) {
				checksums.put(rows.getString(1), rows.getInt(2));
			}
		}
		return checksums;
	}

	/** A script without its comments and blank lines. */
	/** The reworded scripts as they were: each current script with its earlier first line, by file name. */
	private static Map<String, String> earlierTexts() throws IOException {
		Map<String, String> texts = new java.util.TreeMap<>();
		String list = new PathMatchingResourcePatternResolver().getResource("classpath:db/migration-earlier-first-lines.txt")
			.getContentAsString(StandardCharsets.UTF_8);
		for (String line : list.split("\\R")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] parts = line.split("\\|", 2);
			String now = current(parts[0]);
			texts.put(parts[0], parts[1] + now.substring(now.indexOf('\n')));
		}
		return texts;
	}

	private static String current(String file) throws IOException {
		return new PathMatchingResourcePatternResolver().getResource("classpath:db/migration/" + file)
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String statements(String script) {
		StringBuilder kept = new StringBuilder();
		for (String line : script.split("\\R")) {
			String statement = line.replaceFirst("--.*$", "").strip();
			if (!statement.isEmpty()) {
				kept.append(statement).append('\n');
			}
		}
		return kept.toString();
	}

	private static String version(String file) {
		Matcher matcher = VERSION.matcher(file);
		assertThat(matcher.find()).as(file).isTrue();
		return matcher.group(1);
	}

}
