/**
 * Information monitoring (theo dõi thông tin): sources (nguồn tin) of public news and posts, a
 * fetcher that reads them politely and cannot be turned against our own network, the items (tin) read from
 * them with their earlier versions, ingestion in stages, source health, and accent-free full-text search
 * over the items with the text module's analyzers; the analysis of every item (places from the
 * places module; sentiment, toxicity and work area from the classify module; stories; a risk flag with its
 * reasons), saved topics (chủ đề theo dõi) matched against every new item through the topics' anchor map, their alerts,
 * and the monitoring dashboard; {@code PageArchive}: a page and its resources preserved as a WARC
 * file through the same fetcher, for the evidence of response cases.
 * <p>
 * Search reads a bounded beginning of each item (its text is kept whole in the database) and shows passages
 * of bounded size, so no item can stall it; items the index missed are found and indexed at start-up and
 * periodically; a topic's match and its alerts to send are recorded in one transaction, so an alert may be
 * late but is never lost.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Theo dõi thông tin (monitor)",
		allowedDependencies = { "access", "audit", "platform", "text" })
package vn.tuyengiao.monitor;
