package vn.tuyengiao.report.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.access.Accounts;
import vn.tuyengiao.access.Role;
import vn.tuyengiao.notices.Mail;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.platform.VietnamTime;
import vn.tuyengiao.report.Period;
import vn.tuyengiao.report.ReportStatus;

/**
 * E-mail reminders, only when the operator configures SMTP ({@code spring.mail.host}): every morning
 * each unit's reporters get one message listing its reports that are due within
 * {@value #DUE_WITHIN_DAYS} days, late by at most {@value #LATE_UP_TO_DAYS} days (older ones are
 * followed up in person, not by daily mail), or returned for correction. The messages go through the platform's
 * {@link Mail}, which sends each at least once after the day's list is committed.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class ReportReminderMail {

	static final int DUE_WITHIN_DAYS = 3;

	static final int LATE_UP_TO_DAYS = 30;

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final UnitReportRepository reports;

	private final Accounts accounts;

	private final OrgUnits units;

	private final Mail mail;

	ReportReminderMail(UnitReportRepository reports, Accounts accounts, OrgUnits units, Mail mail) {
		this.reports = reports;
		this.accounts = accounts;
		this.units = units;
		this.mail = mail;
	}

	@Scheduled(cron = "${tuyengiao.report.reminder-cron:0 0 7 * * *}", zone = VietnamTime.ZONE_NAME)
	void everyMorning() {
		send(VietnamTime.today());
	}

	/**
	 * Queues the day's reminders, one message per address; returns how many. A failed address never stops the rest:
	 * each message is sent, and retried, on its own.
	 */
	@Transactional
	int send(LocalDate today) {
		Map<String, List<String>> lines = new LinkedHashMap<>();
		Map<String, Accounts.Contact> contacts = new LinkedHashMap<>();
		for (UnitReportEntity report : reports.findByStatusIn(List.of(ReportStatus.DRAFT, ReportStatus.RETURNED))) {
			String line = line(report, today);
			if (line == null) {
				continue;
			}
			for (Accounts.Contact contact : accounts.contactsFor(report.unitId(), Role.REPORTER)) {
				contacts.put(contact.email(), contact);
				lines.computeIfAbsent(contact.email(), key -> new ArrayList<>()).add(line);
			}
		}
		int queued = 0;
		for (Map.Entry<String, List<String>> entry : lines.entrySet()) {
			queued += mail.send(entry.getKey(), "Nhắc gửi báo cáo định kỳ", "Kính gửi "
					+ contacts.get(entry.getKey()).displayName() + ",\n\n" + String.join("\n", entry.getValue())
					+ "\n\nVui lòng đăng nhập hệ thống để hoàn thành và gửi báo cáo.") ? 1 : 0;
		}
		return queued;
	}

	private String line(UnitReportEntity report, LocalDate today) {
		String what = "- Báo cáo " + Period.parse(report.periodCode()).vietnameseName() + " của "
				+ units.find(report.unitId()).map(OrgUnit::name).orElse("?");
		if (report.status() == ReportStatus.RETURNED) {
			return what + ": bị trả lại, cần sửa và gửi lại.";
		}
		if (report.dueDate().isBefore(today) && !report.dueDate().isBefore(today.minusDays(LATE_UP_TO_DAYS))) {
			return what + ": đã quá hạn gửi (" + report.dueDate().format(DAY) + ").";
		}
		if (!report.dueDate().isBefore(today) && !report.dueDate().isAfter(today.plusDays(DUE_WITHIN_DAYS))) {
			return what + ": đến hạn gửi ngày " + report.dueDate().format(DAY) + ".";
		}
		return null;
	}

}
