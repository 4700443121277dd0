package vn.tuyengiao.monitor.internal.fetch;

import java.net.URI;
import java.util.List;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The platform's own server as a source: the demo serves invented outlets under {@code /demo-outlets/} and
 * reads them like any site, with no internet. Only {@code http://127.0.0.1:PORT} with the server's own port
 * and a path under {@link FetchSettings#selfPaths()} is trusted; the rest of loopback stays refused.
 * The paths serve nothing when the demo is off.
 */
@Component
class OwnServer implements ApplicationListener<WebServerInitializedEvent> {

	private final List<String> paths;

	private final Fetcher fetcher;

	private volatile int port;

	OwnServer(FetchSettings settings, Fetcher fetcher) {
		this.paths = settings.selfPaths();
		this.fetcher = fetcher;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if ("management".equals(event.getApplicationContext().getServerNamespace()) || paths.isEmpty()) {
			return;
		}
		port = event.getWebServer().getPort();
		fetcher.trustOwnServer(this::isOwn);
	}

	/** The base URL the platform reads itself at, e.g. {@code http://127.0.0.1:8080}; empty before start-up. */
	String baseUrl() {
		return port > 0 ? "http://" + AddressPolicy.OWN_SERVER_HOST + ":" + port : "";
	}

	boolean isOwn(URI url) {
		if (port <= 0 || !"http".equalsIgnoreCase(url.getScheme())
				|| !AddressPolicy.OWN_SERVER_HOST.equals(url.getHost()) || url.getPort() != port) {
			return false;
		}
		String path = url.normalize().getRawPath();
		return path != null && !path.contains("..") && paths.stream().anyMatch(path::startsWith);
	}

}
