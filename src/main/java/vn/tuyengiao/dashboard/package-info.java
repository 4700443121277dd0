/**
 * Dashboard (trang tổng quan) and the entry pages of the four pillars: the quarterly cycle,
 * information monitoring, response, public opinion and orientation. Later modules fill the pillars'
 * pages; until then they show what will be there.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Trang tổng quan (dashboard)")
package vn.tuyengiao.dashboard;
