/**
 * The analysis of items (phân tích tin): every item ingested, new or with a changed text, is read for the places
 * it is about (places module), its sentiment, toxicity and work area (classify module), and given a risk flag
 * (cờ rủi ro) from 0 to 100 with every reason that raised it, which also weighs how far its story spread (stories
 * module). What it found is kept against the text it was made from ({@code monitor_item_analysis}) and shown by
 * monitoring through {@link vn.tuyengiao.monitor.ItemFindings}; {@link vn.tuyengiao.analysis.ItemAnalysed} tells
 * the saved topics.
 * <p>
 * Hand-off: {@code ItemIngested} reaches {@code ItemAnalysis} through Spring Modulith's event publication
 * registry ({@code @ApplicationModuleListener}), at least once; analysing an item twice changes nothing. Every
 * stage reads an item only up to the bound search analyses, so one huge item cannot hold up the others.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Phân tích tin (analysis)",
		allowedDependencies = { "classify", "monitor", "places", "platform", "stories", "text" })
package vn.tuyengiao.analysis;
