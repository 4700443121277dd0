package vn.tuyengiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An installation upgraded to the notice centre keeps what its users were told: the case notices response wrote
 * move into the centre (read or not, a resurfaced item still told once), and the in-app alert notifications are
 * copied there. On H2 and, in the PostgreSQL run, on PostgreSQL.
 */
class NoticesMigrationRepositoryTests {

	private static DataSource database() throws Exception {
		if ("postgresql".equals(System.getProperty("tuyengiao.test.database"))) {
			return new TestDatabases().dataSource();
		}
		return new DriverManagerDataSource("jdbc:h2:mem:notices-migration-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa",
				"");
	}

	private static void migrateTo(DataSource database, String version) {
		Flyway.configure().dataSource(database).locations("classpath:db/migration").target(version).load().migrate();
	}

	@Test
	void caseNoticesMoveIntoTheCentreAndAlertNotificationsAreCopied() throws Exception {
		DataSource database = database();
		migrateTo(database, "21");
		JdbcTemplate jdbc = new JdbcTemplate(database);
		jdbc.update("""
				insert into response_case (id, title, claim, status, severity, owner_unit_id, period_code, created_by,
				  created_at, updated_at) values (41, 'Tin đồn vỡ đập', 'Đập bị vỡ.', 'CLOSED', 'HIGH', 7, '2023Q2',
				  'chuyenvien', timestamp '2023-06-01 08:00:00', timestamp '2023-06-01 08:00:00')""");
		jdbc.update("""
				insert into response_case_notice (case_id, recipient, kind, item_id, message, created_at, read_at) values
				  (41, 'truongban', 'ESCALATE', null, 'Vụ việc quá hạn', timestamp '2023-06-02 08:00:00', timestamp '2023-06-02 09:00:00'),
				  (41, 'chuyenvien', 'RESURFACED', 880101, 'Xuất hiện lại', timestamp '2023-06-03 08:00:00', null)""");
		jdbc.update("""
				insert into monitor_alert_message (topic_id, rule_id, channel, recipient, kind, subject, body, item_count,
				  status, created_at, sent_at) values
				  (3, 5, 'IN_APP', 'chuyenvien', 'digest', 'Chủ đề Hồ Ba Bể: 4 tin mới', '{}', 4, 'SENT',
				   timestamp '2023-06-04 07:00:00', timestamp '2023-06-04 07:00:00'),
				  (3, 5, 'EMAIL', 'chuyenvien', 'digest', 'Chủ đề Hồ Ba Bể: 4 tin mới', '...', 4, 'SENT',
				   timestamp '2023-06-04 07:00:00', timestamp '2023-06-04 07:00:00')""");

		migrateTo(database, "22");

		List<Map<String, Object>> moved = jdbc.queryForList("""
				select recipient, origin, kind, title, message, link, unit_id, once_key, read_at from notices_notice
				order by created_at""");
		assertThat(moved).hasSize(3);
		assertThat(moved.get(0)).containsEntry("RECIPIENT", "truongban").containsEntry("ORIGIN", "response")
			.containsEntry("TITLE", "Vụ việc quá hạn kết luận").containsEntry("LINK", "/response/cases/41");
		assertThat(moved.get(0).get("READ_AT")).as("read before, read now").isNotNull();
		assertThat(((Number) moved.get(0).get("UNIT_ID")).longValue()).isEqualTo(7);
		assertThat(moved.get(1)).containsEntry("ONCE_KEY", "response-case:41:RESURFACED:880101");
		assertThat(moved.get(1).get("READ_AT")).isNull();
		assertThat(moved.get(2)).containsEntry("ORIGIN", "topics").containsEntry("TITLE", "Chủ đề Hồ Ba Bể: 4 tin mới")
			.containsEntry("LINK", "/monitor/alerts");
		assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where lower(table_name) = 'response_case_notice'",
				Integer.class)).as("response posts through the centre now").isZero();
	}

}
