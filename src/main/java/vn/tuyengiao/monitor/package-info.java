/**
 * Information monitoring (theo dõi thông tin), issue 5: sources (nguồn tin) of public news and posts, a
 * fetcher that reads them politely and cannot be turned against our own network, the items (tin) read from
 * them with their earlier versions, ingestion in stages, source health, and accent-free full-text search
 * over the items with the text module's analyzers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Theo dõi thông tin (monitor)")
package vn.tuyengiao.monitor;
