/**
 * Information monitoring (theo dõi thông tin): sources (nguồn tin) of public news and posts, a fetcher that reads
 * them politely and cannot be turned against our own network ({@link vn.tuyengiao.monitor.OutboundAddresses}),
 * the items (tin) read from them with their earlier versions, ingestion in stages, source health, accent-free
 * full-text search over the items with the text module's analyzers ({@link vn.tuyengiao.monitor.ItemSearch}),
 * the item index for modules that ask it their own queries ({@link vn.tuyengiao.monitor.ItemIndex}), and
 * {@link vn.tuyengiao.monitor.PageArchive}: a page and its resources preserved as a WARC file through the same
 * fetcher, for the evidence of response cases.
 * <p>
 * Every item stored, new or with a changed text, publishes {@link vn.tuyengiao.monitor.ItemIngested} in the
 * transaction that stores it; the analysis and the stories take it from there through the event publication
 * registry. Monitoring depends on no module after it: what they found is shown on the item's page and in
 * {@link vn.tuyengiao.monitor.Items} through the SPIs {@link vn.tuyengiao.monitor.ItemFindings} and
 * {@link vn.tuyengiao.monitor.ItemReferences}, which those modules implement.
 * <p>
 * Search reads a bounded beginning of each item (its text is kept whole in the database) and shows passages of
 * bounded size, so no item can stall it; items the index missed are found and indexed at start-up and
 * periodically.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Theo dõi thông tin (monitor)",
		allowedDependencies = { "access", "audit", "platform", "text" })
package vn.tuyengiao.monitor;
