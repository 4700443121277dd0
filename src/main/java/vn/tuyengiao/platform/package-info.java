/**
 * Platform: what every module stands on and no business rule lives in — the data directory, the
 * web shell (layout, Vietnamese-first messages, locale), and how errors reach people: Problem Details
 * for the API, a friendly page for the browser.
 * <p>
 * Other modules signal a business fact by throwing a subclass of {@link vn.tuyengiao.platform.DomainProblem};
 * this module turns it into the right HTTP answer in one place. {@link vn.tuyengiao.platform.PlatformSettings}
 * gives modules the installation's data directory and public address.
 * <p>
 * The schema is migrated by Flyway at start-up; a database migrated before some migrations' comments were
 * reworded (the versions listed in {@code SchemaMigration}) has their recorded checksums realigned first, and any
 * other validation failure stops the start.
 * <p>
 * {@link vn.tuyengiao.platform.VietnamTime} is the one zone and calendar of the platform: modules, templates
 * ({@code T(vn.tuyengiao.platform.VietnamTime).ZONE}) and schedules ({@code zone = VietnamTime.ZONE_NAME})
 * name Vietnam through it, never by spelling the zone out.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Nền tảng (platform)",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN, allowedDependencies = {})
package vn.tuyengiao.platform;
