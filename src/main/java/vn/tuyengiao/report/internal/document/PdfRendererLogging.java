package vn.tuyengiao.report.internal.document;

import java.util.logging.Level;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;

/**
 * openhtmltopdf logs through its own console handler by default, a few INFO lines per document; this
 * sends its messages to the application's log instead, its INFO as DEBUG.
 */
final class PdfRendererLogging implements XRLogger {

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable error) {
		Logger logger = LoggerFactory.getLogger(where);
		int value = level.intValue();
		if (value >= Level.SEVERE.intValue()) {
			logger.error(message, error);
		}
		else if (value >= Level.WARNING.intValue()) {
			logger.warn(message, error);
		}
		else if (value >= Level.INFO.intValue()) {
			logger.debug(message, error);
		}
		else {
			logger.trace(message, error);
		}
	}

	@Override
	public void setLevel(String where, Level level) {
		// Levels are set in the application's logging configuration.
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
		int value = diagnostic.getLevel().intValue();
		return value >= Level.WARNING.intValue() || (value >= Level.INFO.intValue() ? logger.isDebugEnabled()
				: logger.isTraceEnabled());
	}

}
