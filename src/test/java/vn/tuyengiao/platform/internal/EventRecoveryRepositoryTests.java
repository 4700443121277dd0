package vn.tuyengiao.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;

import vn.tuyengiao.TestDatabases;
import vn.tuyengiao.TuyenGiaoApplication;
import vn.tuyengiao.monitor.ItemFindings;
import vn.tuyengiao.monitor.ItemIngested;
import vn.tuyengiao.monitor.internal.TestItems;
import vn.tuyengiao.stories.Stories;

/**
 * Work handed between modules survives a crash. An item is stored with its {@code ItemIngested} publications in
 * the same transaction; when the process dies before the listeners ran, the next start hands the publications to
 * them again ({@code spring.modulith.events.republish-outstanding-events-on-restart}), and a listener that failed
 * is handed its publication again by {@link FailedEventRetries}. Each test starts the whole application on a
 * database of its own that outlives the context (an H2 file; in the PostgreSQL run, a PostgreSQL database).
 */
class EventRecoveryRepositoryTests {

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	private static final String TEXT = """
			Chiều 12/3, mưa lớn kéo dài khiến đoạn đường qua xã Nam Mẫu, huyện Ba Bể bị sạt lở, nhiều hộ dân phải \
			di dời. Ủy ban nhân dân huyện Ba Bể đã cử lực lượng đến hiện trường, cắm biển cảnh báo và hướng dẫn người \
			dân đi đường vòng qua trung tâm xã trong lúc khắc phục.""";

	@TempDir
	Path dataDir;

	@Test
	void itemsStoredJustBeforeACrashAreAnalysedAndJoinTheirStoryAfterTheRestart() throws Exception {
		String database = database();
		long first;
		long copy;
		try (ConfigurableApplicationContext crashed = start(database, ListenersNeverRun.class)) {
			first = TestItems.of(crashed, "Báo Thử Trước Sự Cố").store("Sạt lở đường ở xã Nam Mẫu, huyện Ba Bể", TEXT);
			copy = TestItems.of(crashed, "Trang Thử Đăng Lại").store("Sạt lở ở Nam Mẫu (Ba Bể)", TEXT);
			assertThat(crashed.getBean(ListenersNeverRun.class).held).as("the listeners' work was handed on").isNotEmpty();
			assertThat(crashed.getBean(ItemFindings.class).of(first)).as("not analysed before the crash").isEmpty();
			assertThat(crashed.getBean(Stories.class).storyOf(first)).as("in no story before the crash").isEmpty();
			// what the registry wrote in the store's transaction: one row per listener, none of them completed
			assertThat(publicationsOf(crashed, ItemIngested.class))
				.extracting(row -> listener(row) + " " + row.get("STATUS") + " " + row.get("COMPLETION_DATE"))
				.containsExactlyInAnyOrder("ItemAnalysis PUBLISHED null", "ItemAnalysis PUBLISHED null",
						"StoryAssignment PUBLISHED null", "StoryAssignment PUBLISHED null");
		} // closed without a listener having run: the process died

		try (ConfigurableApplicationContext restarted = start(database)) {
			ItemFindings findings = restarted.getBean(ItemFindings.class);
			Stories stories = restarted.getBean(Stories.class);
			await().atMost(PATIENCE).untilAsserted(() -> {
				assertThat(findings.of(first)).hasValueSatisfying(found -> assertThat(found.places())
					.extracting(ItemFindings.Place::name)
					.contains("Huyện Ba Bể"));
				assertThat(findings.of(copy)).isPresent();
			});
			long story = stories.storyOf(first).orElseThrow();
			assertThat(stories.storyOf(copy)).as("the copy joins the first item's story").hasValue(story);
			assertThat(findings.itemsOfStory(story)).containsExactlyInAnyOrder(first, copy);
			// the whole chain after the items (topics, alerts, cases) finished too: the work list is empty
			await().atMost(PATIENCE).until(() -> outstanding(restarted) == 0);
		}
	}

	@Test
	void aListenerThatFailedIsHandedItsWorkAgainByTheRetries() throws Exception {
		try (ConfigurableApplicationContext context = start(database(), FailsOnce.class)) {
			FailsOnce listener = context.getBean(FailsOnce.class);
			FailedEventRetries retries = context.getBean(FailedEventRetries.class);
			long item = TestItems.of(context, "Báo Thử Thử Lại").store("Sạt lở đường ở xã Nam Mẫu, huyện Ba Bể", TEXT);
			await().atMost(PATIENCE).until(() -> failed(context).size() == 1);
			assertThat(listener.failed()).containsExactly(item);
			assertThat(listener.done()).isEmpty();

			// a minute later, as the schedule finds it
			Object id = failed(context).get(0).get("ID");
			Timestamp twoMinutesAgo = Timestamp.from(Instant.now().minus(FailedEventRetries.MIN_AGE).minusSeconds(60));
			context.getBean(JdbcTemplate.class).update("update event_publication set publication_date = ? where id = ?",
					twoMinutesAgo, id);
			retries.retry();

			await().atMost(PATIENCE).until(() -> listener.done().contains(item));
			await().atMost(PATIENCE).until(() -> publicationsTo(context, FailsOnce.class).isEmpty());
			assertThat(listener.failed()).as("failed once, then succeeded").containsExactly(item);
		}
	}

	/**
	 * The application on this database, with its data directory (the search index) in the test's directory; no
	 * demo data, so that only the test's items are handed on.
	 */
	private ConfigurableApplicationContext start(String database, Class<?>... extra) {
		List<Class<?>> sources = new ArrayList<>(List.of(TuyenGiaoApplication.class));
		sources.addAll(List.of(extra));
		String user = database.startsWith("jdbc:postgresql:") ? "postgres" : "sa";
		return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
			.initializers(context -> context.getBeanFactory().registerSingleton("testConfigurationsAside",
					new TestConfigurationsAside()))
			.run("--spring.datasource.url=" + database, "--spring.datasource.username=" + user,
					"--spring.datasource.password=", "--tuyengiao.data-dir=" + dataDir,
					"--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
					"--server.port=0", "--server.address=127.0.0.1", "--tuyengiao.demo.enabled=false",
					"--tuyengiao.events.retry-failed-every=PT1H");
	}

	/** A database that outlives a context: an H2 file, or a new PostgreSQL database in the PostgreSQL run. */
	private String database() throws IOException, SQLException {
		if ("postgresql".equals(System.getProperty("tuyengiao.test.database"))) {
			try (HikariDataSource created = (HikariDataSource) new TestDatabases().dataSource()) {
				return created.getJdbcUrl();
			}
		}
		return "jdbc:h2:file:" + dataDir.resolve("db").resolve("tuyengiao") + ";DB_CLOSE_ON_EXIT=FALSE";
	}

	/** The registry's rows of this event. */
	private static List<Map<String, Object>> publicationsOf(ConfigurableApplicationContext context, Class<?> event) {
		return context.getBean(JdbcTemplate.class)
			.queryForList("select * from event_publication where event_type = ?", event.getName());
	}

	/** The registry's rows for this listener. */
	private static List<Map<String, Object>> publicationsTo(ConfigurableApplicationContext context, Class<?> listener) {
		return context.getBean(JdbcTemplate.class)
			.queryForList("select * from event_publication where listener_id like ?", listener.getName() + ".%");
	}

	private static int outstanding(ConfigurableApplicationContext context) {
		return context.getBean(JdbcTemplate.class).queryForObject("select count(*) from event_publication", Integer.class);
	}

	private static List<Map<String, Object>> failed(ConfigurableApplicationContext context) {
		return publicationsTo(context, FailsOnce.class).stream().filter(row -> "FAILED".equals(row.get("STATUS"))).toList();
	}

	/** The listener's class, from the registry's listener id ({@code vn....internal.ItemAnalysis.on(...)}). */
	private static String listener(Map<String, Object> row) {
		String method = row.get("LISTENER_ID").toString().replaceFirst("\\(.*", "");
		String type = method.substring(0, method.lastIndexOf('.'));
		return type.substring(type.lastIndexOf('.') + 1);
	}

	/**
	 * The process dies before the listeners run: the work handed to them after the commit is queued and never
	 * done. (The registry's rows are written before, in the store's own transaction.)
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class ListenersNeverRun {

		final List<Runnable> held = Collections.synchronizedList(new ArrayList<>());

		@Bean
		TaskExecutor taskExecutor() {
			return held::add;
		}

	}

	/**
	 * A listener that fails the first time it is handed an item (a database hiccup), and succeeds after. Read
	 * through its methods: the bean is an asynchronous proxy, whose own fields are empty.
	 */
	static class FailsOnce {

		private final Set<Long> failed = ConcurrentHashMap.newKeySet();

		private final Set<Long> done = ConcurrentHashMap.newKeySet();

		Set<Long> failed() {
			return failed;
		}

		Set<Long> done() {
			return done;
		}

		@ApplicationModuleListener
		void on(ItemIngested event) {
			if (failed.add(event.itemId())) {
				throw new IllegalStateException("the database did not answer in time");
			}
			done.add(event.itemId());
		}

	}

	/**
	 * Keeps other tests' {@code @TestConfiguration}s (found by the application's component scan) out of these
	 * contexts, as {@code @SpringBootTest} does.
	 */
	static class TestConfigurationsAside extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
		}

	}

}
