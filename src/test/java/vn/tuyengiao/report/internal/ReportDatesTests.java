package vn.tuyengiao.report.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.DatabaseTest;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.platform.VietnamTime;
import vn.tuyengiao.report.ConsolidatedReport;
import vn.tuyengiao.report.Consolidation;
import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.report.ReportCatalogue;

import static org.assertj.core.api.Assertions.assertThat;

/** Days in reports are days in Vietnam: at 23:30 UTC on 7 December it is already 8 December there. */
@DatabaseTest
class ReportDatesTests {

	static final Clock LATE_EVENING_UTC = Clock.fixed(Instant.parse("2026-12-07T23:30:00Z"), ZoneOffset.UTC);

	@Autowired
	IssuerRepository issuers;

	@Autowired
	ReportCatalogue catalogue;

	@Autowired
	OrgUnits units;

	@Autowired
	Consolidation consolidation;

	@Test
	void todayIsTheDayInVietnam() {
		assertThat(new ReportTime(LATE_EVENING_UTC).today()).isEqualTo(LocalDate.of(2026, 12, 8));
		assertThat(VietnamTime.dayOf(Instant.parse("2026-12-07T16:59:59Z"))).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(VietnamTime.dayOf(Instant.parse("2026-12-07T17:00:00Z"))).isEqualTo(LocalDate.of(2026, 12, 8));
	}

	@Test
	void aDraftIsDatedTodayInVietnamAndMarkedAsADraft() {
		long province = units.all().stream().filter(u -> u.parentId() == null).map(OrgUnit::id).findFirst().orElseThrow();
		ConsolidatedReport draft = consolidation.find("2023Q2", province)
			.orElseGet(() -> consolidation.recompile("2023Q2", province, null));
		ReportDocuments documents = new ReportDocuments(issuers, catalogue, units, new ReportTime(LATE_EVENING_UTC));

		PartyDocument document = documents.consolidated(draft);

		assertThat(document.placeAndDate()).isEqualTo("Bắc Kạn, ngày 08 tháng 12 năm 2026");
		assertThat(document.draft()).isTrue();
		assertThat(document.appendix()).first().isEqualTo(new PartyDocument.Heading(1, "PHỤ LỤC: BIỂU SỐ LIỆU"));
	}

}
