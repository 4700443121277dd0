/**
 * Demo data (dữ liệu minh họa): the Bắc Kạn provincial board and its eight district-level boards as of
 * 2023, and one account per role, so that {@code mvn spring-boot:run} opens a platform someone can try.
 * <p>
 * Loaded only on the first start of the embedded default (H2 under the data directory), or when
 * {@code tuyengiao.demo.enabled=true}; never into an installation that already has units. The people
 * are invented.
 * <p>
 * With demo data on, it also serves invented news outlets under {@code /demo-outlets/} (feeds, a news
 * sitemap, section and article pages, a CSV of social posts) so that information monitoring works offline.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dữ liệu minh họa (demo)",
		allowedDependencies = { "access", "briefing", "monitor", "org", "platform", "report" })
package vn.tuyengiao.demo;
