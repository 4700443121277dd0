package vn.tuyengiao.report;

import java.util.List;

/**
 * A report form (mẫu báo cáo): its sections in order, each either a work area with its indicators or
 * a narrative-only section such as "Đánh giá chung".
 */
public record ReportForm(long id, String code, String name, List<Section> sections) {

	/** @param workAreaId {@code null} for a narrative-only section */
	public record Section(long id, String code, String title, Long workAreaId, List<Indicator> indicators) {
	}

	public List<Indicator> indicators() {
		return sections.stream().flatMap(section -> section.indicators().stream()).toList();
	}

}
