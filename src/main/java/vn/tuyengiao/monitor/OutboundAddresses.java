package vn.tuyengiao.monitor;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Where the platform may connect to outside itself: the fetcher, and the webhooks of alerts. Private, loopback,
 * link-local and metadata addresses are refused unless their host is listed in
 * {@code tuyengiao.monitor.fetch.allow-hosts}, so no source or webhook can be turned against our own network.
 */
public interface OutboundAddresses {

	/**
	 * Refuses a URL the platform may never connect to, resolving its host.
	 *
	 * @throws FetchFailed with the reason: invalid URL, scheme refused, address refused or unknown host
	 */
	void check(URI url);

	/**
	 * The addresses of a host at the moment of connecting; refused as unknown if any of them is internal and the
	 * host is not allowed (any, not all: a name with one public and one private address is refused).
	 */
	InetAddress[] resolve(String host) throws UnknownHostException;

}
