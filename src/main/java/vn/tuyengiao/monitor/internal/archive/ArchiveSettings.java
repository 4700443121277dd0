package vn.tuyengiao.monitor.internal.archive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How pages are preserved as WARC files ({@code tuyengiao.monitor.archive.*}). Each resource is also bound by
 * the fetcher's own {@code max-bytes}.
 *
 * @param maxResources the most resources (images, stylesheets, scripts, icons, fonts) kept beside a page
 * @param maxBytes the most bytes of bodies, the page's included, one capture keeps; resources past it are
 *        named in the metadata record and left out
 */
@ConfigurationProperties("tuyengiao.monitor.archive")
record ArchiveSettings(@DefaultValue("60") int maxResources, @DefaultValue("50MB") DataSize maxBytes) {

	ArchiveSettings {
		if (maxResources < 0) {
			throw new ArchiveSettingsInvalid("tuyengiao.monitor.archive.max-resources must not be negative");
		}
	}

}
