package vn.tuyengiao.report.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.access.Accounts;
import vn.tuyengiao.access.Role;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.platform.VietnamTime;
import vn.tuyengiao.report.Period;
import vn.tuyengiao.report.ReportStatus;

/**
 * E-mail reminders, only when the operator configures SMTP ({@code spring.mail.host}): every morning
 * each unit's reporters get one message listing its reports that are due within
 * {@value #DUE_WITHIN_DAYS} days, late by at most {@value #LATE_UP_TO_DAYS} days (older ones are
 * followed up in person, not by daily mail), or returned for correction.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class ReportReminderMail {

	static final int DUE_WITHIN_DAYS = 3;

	static final int LATE_UP_TO_DAYS = 30;

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final Logger log = LoggerFactory.getLogger(ReportReminderMail.class);

	private final UnitReportRepository reports;

	private final Accounts accounts;

	private final OrgUnits units;

	private final JavaMailSender mail;

	private final String from;

	ReportReminderMail(UnitReportRepository reports, Accounts accounts, OrgUnits units, JavaMailSender mail,
			ReportSettings settings) {
		this.reports = reports;
		this.accounts = accounts;
		this.units = units;
		this.mail = mail;
		this.from = settings.reminderFrom();
	}

	@Scheduled(cron = "${tuyengiao.report.reminder-cron:0 0 7 * * *}", zone = VietnamTime.ZONE_NAME)
	void everyMorning() {
		send(VietnamTime.today());
	}

	/** Sends the day's reminders; returns how many messages went out. One failed address never stops the rest. */
	@Transactional(readOnly = true)
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
		int sent = 0;
		for (Map.Entry<String, List<String>> entry : lines.entrySet()) {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(from);
			message.setTo(entry.getKey());
			message.setSubject("[Tuyên giáo số] Nhắc gửi báo cáo định kỳ");
			message.setText("Kính gửi " + contacts.get(entry.getKey()).displayName() + ",\n\n"
					+ String.join("\n", entry.getValue())
					+ "\n\nVui lòng đăng nhập hệ thống để hoàn thành và gửi báo cáo.\n\n(Thư tự động, vui lòng không trả lời.)");
			try {
				mail.send(message);
				sent++;
			}
			catch (MailException ex) {
				log.warn("Reminder to {} not sent: {}", entry.getKey(), ex.getMessage());
			}
		}
		return sent;
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
