package vn.tuyengiao.report.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the report module ({@code tuyengiao.report.*}; the reminders' time of day is
 * {@code tuyengiao.report.reminder-cron}, read by the scheduler).
 *
 * @param fontDirectory directory holding Times New Roman for PDF documents (the font may not be redistributed);
 *        empty: the metric-compatible Liberation Serif that ships with the platform
 */
@ConfigurationProperties("tuyengiao.report")
record ReportSettings(@DefaultValue("") String fontDirectory) {
}
