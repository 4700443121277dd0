package vn.tuyengiao.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What a unit must account for in a period's report besides the form, supplied by other modules:
 * the tasks the briefing gave it. The report page lists them; the dependency points towards report.
 */
public interface ReportAgenda {

	List<AgendaItem> itemsFor(long unitId, Period period);

	/** @param status a short label already in the reader's language, e.g. "Quá hạn" */
	record AgendaItem(String title, String source, LocalDate deadline, String status, String link) {
	}

}
