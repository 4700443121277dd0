package vn.tuyengiao.topics.internal.alert;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.springframework.stereotype.Component;

import vn.tuyengiao.monitor.FetchFailed;
import vn.tuyengiao.monitor.OutboundAddresses;

/**
 * Calls webhooks: a JSON POST signed with HMAC-SHA256 of the exact body bytes. It never reaches our own
 * network: monitoring's {@link OutboundAddresses} (and its {@code tuyengiao.monitor.fetch.allow-hosts}) judges
 * the URL when a rule is saved and every address the host resolves to when connecting, so a name that
 * later points inside (DNS rebinding) is still refused. Redirects are not followed.
 */
@Component
class WebhookClient implements AutoCloseable {

	static final String SIGNATURE = "X-Tuyengiao-Signature";

	static final String DELIVERY = "X-Tuyengiao-Delivery";

	private final OutboundAddresses policy;

	private final CloseableHttpClient client;

	WebhookClient(OutboundAddresses policy, AlertSettings settings) {
		this.policy = policy;
		Timeout timeout = Timeout.of(settings.webhookTimeout());
		this.client = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDnsResolver(new GuardedResolver())
				.setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(timeout).setSocketTimeout(timeout).build())
				.setMaxConnTotal(20)
				.build())
			.setDefaultRequestConfig(RequestConfig.custom().setConnectionRequestTimeout(timeout).setResponseTimeout(timeout).build())
			.setUserAgent("tuyengiao-alerts/0.1")
			.disableRedirectHandling()
			.disableAutomaticRetries()
			.disableCookieManagement()
			.evictIdleConnections(TimeValue.ofSeconds(30))
			.build();
	}

	/**
	 * Refuses a URL a webhook may never be sent to, as for a source of the monitor.
	 *
	 * @throws FetchFailed with the reason
	 */
	void check(URI url) {
		policy.check(url);
	}

	/** The value of {@value #SIGNATURE}: {@code sha256=} and the hex HMAC-SHA256 of the body with the secret. */
	static String signature(byte[] body, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

	/** What became of one call. */
	record Outcome(boolean delivered, boolean worthRetrying, String error) {

		static final Outcome DELIVERED = new Outcome(true, false, null);

	}

	/** Posts the body once; a 2xx answer delivers it, 408, 429, 5xx and lost connections are worth another try. */
	Outcome post(String url, long deliveryId, byte[] body, String secret) {
		HttpPost post = new HttpPost(URI.create(url));
		post.setHeader(SIGNATURE, signature(body, secret));
		post.setHeader(DELIVERY, Long.toString(deliveryId));
		post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON.withCharset(StandardCharsets.UTF_8)));
		try {
			return client.execute(post, response -> {
				EntityUtils.consumeQuietly(response.getEntity());
				int status = response.getCode();
				if (status >= 200 && status < 300) {
					return Outcome.DELIVERED;
				}
				boolean temporary = status == 408 || status == 429 || status >= 500;
				return new Outcome(false, temporary, "HTTP " + status);
			});
		}
		catch (IOException ex) {
			return new Outcome(false, true, ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	@Override
	public void close() {
		client.close(CloseMode.GRACEFUL);
	}

	/** Resolves at the moment of connecting and refuses internal addresses of hosts that are not allowed. */
	private final class GuardedResolver implements DnsResolver {

		@Override
		public InetAddress[] resolve(String host) throws UnknownHostException {
			return policy.resolve(host);
		}

		@Override
		public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
			return java.util.Arrays.stream(resolve(host)).map(address -> new InetSocketAddress(address, port)).toList();
		}

		@Override
		public String resolveCanonicalHostname(String host) {
			return host;
		}

	}

}
