package vn.tuyengiao.classify;

/**
 * Classifies a text's sentiment, toxicity and work area (lĩnh vực of the quarterly report). Each task uses
 * the active model trained from the users' labels when there is one, and the keyword rules otherwise; the
 * rules also add their reasons. Thread-safe and fast enough to call on every ingested item (well over a
 * thousand items a second per core).
 */
public interface Classifiers {

	Verdict<Sentiment> sentiment(String text);

	Verdict<Toxicity> toxicity(String text);

	/** The report's work area by its code ({@code DU_LUAN}, {@code VAN_HOA}, …); label null when none fits. */
	Verdict<String> workArea(String text);

}
