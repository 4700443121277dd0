package vn.tuyengiao.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the installation as a whole ({@code tuyengiao.*}), for the modules that keep files or write links.
 *
 * @param dataDir the data directory, absolute (resolved at start-up from {@code tuyengiao.data-dir} or
 *        {@code TUYENGIAO_DATA_DIR}, default {@code ./data})
 * @param baseUrl the address people reach the platform at, for links in e-mail; empty when not set
 */
@ConfigurationProperties("tuyengiao")
public record PlatformSettings(Path dataDir, @DefaultValue("") String baseUrl) {
}
