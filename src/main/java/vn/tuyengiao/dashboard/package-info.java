/**
 * Dashboard (trang tổng quan) and the entry pages of the four pillars: the quarterly cycle,
 * information monitoring, response, public opinion and orientation; the monitoring overview
 * ({@code /monitor/overview}: matches per topic and day, sentiment, places, rising stories, flagged items), read
 * through the APIs of monitor, analysis, stories and topics. A pillar without a module of its own (public opinion
 * and orientation) has an entry page that says what it will hold. The menu and the home cards offer only what the user's roles
 * open ({@code Navigation}): no reports or briefings for a collaborator, no monitoring or cases for a reporter or
 * a collaborator.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Trang tổng quan (dashboard)",
		allowedDependencies = { "access", "analysis", "monitor", "org", "platform", "stories", "topics" })
package vn.tuyengiao.dashboard;
