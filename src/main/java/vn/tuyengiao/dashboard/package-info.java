/**
 * Dashboard (trang tổng quan) and the entry pages of the four pillars: the quarterly cycle,
 * information monitoring, response, public opinion and orientation. Later modules fill the pillars'
 * pages; until then they show what will be there. The menu and the home cards offer only what the user's roles
 * open ({@code Navigation}): no reports or briefings for a collaborator, no monitoring or cases for a reporter or
 * a collaborator.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Trang tổng quan (dashboard)",
		allowedDependencies = { "access", "analysis", "monitor", "org", "platform", "stories", "topics" })
package vn.tuyengiao.dashboard;
