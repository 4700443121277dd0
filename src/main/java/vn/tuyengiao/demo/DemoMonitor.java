package vn.tuyengiao.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.tuyengiao.monitor.SourceKind;
import vn.tuyengiao.monitor.SourceType;
import vn.tuyengiao.monitor.Sources;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;

/**
 * The demo's monitoring sources: one per invented outlet, each pointing at the feed, sitemap or section page
 * the platform serves itself under {@code /demo-outlets/} (read over loopback, no internet), owned by the
 * provincial board. The scheduler reads them shortly after start-up; the social posts, which exist only as
 * an export file, are imported at once from the same file, as a specialist would upload it.
 */
@Component
@Order(40)
class DemoMonitor implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoMonitor.class);

	private final Sources sources;

	private final OrgUnits units;

	private final Environment environment;

	private final boolean enabled;

	DemoMonitor(Sources sources, OrgUnits units, Environment environment) {
		this.sources = sources;
		this.units = units;
		this.environment = environment;
		this.enabled = DemoData.enabled(environment);
	}

	@Override
	public void run(ApplicationArguments args) {
		String port = environment.getProperty("local.server.port");
		OrgUnit province = units.all().stream().filter(u -> u.parentId() == null).findFirst().orElse(null);
		if (!enabled || port == null || province == null || !sources.ownedBy(List.of(province.id())).isEmpty()) {
			return; // no web server (a test without one) means nothing to read the outlets from
		}
		String base = "http://127.0.0.1:" + port;
		for (DemoOutlets.Outlet outlet : DemoOutlets.ALL) {
			SourceType type = switch (outlet.feedType()) {
				case RSS -> SourceType.RSS;
				case ATOM -> SourceType.ATOM;
				case SITEMAP -> SourceType.SITEMAP;
				case PAGE -> SourceType.SECTION;
				case CSV -> SourceType.IMPORT;
			};
			var source = sources.create(new Sources.NewSource(outlet.name(), type,
					type == SourceType.IMPORT ? null : base + outlet.feedPath(), outlet.name(),
					SourceKind.valueOf(outlet.kind().name()), outlet.language(), type == SourceType.IMPORT ? null : 60,
					province.id()));
			if (type == SourceType.IMPORT) {
				// the file a specialist would download from the export link and upload
				sources.importFile(source.id(), "bai-dang-mang-xa-hoi.csv",
						DemoOutletController.socialPostsCsv(path -> base + path).getBytes(StandardCharsets.UTF_8));
			}
		}
		log.info("Loaded demo monitoring: {} sources over the demo outlets at {}/demo-outlets/", DemoOutlets.ALL.size(), base);
	}

}
