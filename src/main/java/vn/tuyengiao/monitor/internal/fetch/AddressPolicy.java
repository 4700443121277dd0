package vn.tuyengiao.monitor.internal.fetch;

import vn.tuyengiao.monitor.FetchFailed;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.tuyengiao.monitor.FetchFailed.Reason;

/**
 * Which URLs the fetcher may read: http and https only, and never an address of our own network
 * (private, loopback, link-local, carrier-grade NAT, unique-local, multicast, reserved or a cloud metadata
 * service) unless its host is one of the allowed hosts. Names are judged by every address they resolve to;
 * the fetcher resolves through {@link #resolve} when it connects, so a name that changes its answer
 * between the check and the connection (DNS rebinding) is still refused.
 */
public final class AddressPolicy {

	/** Looks up a host name; tests put in a fixed table. */
	@FunctionalInterface
	interface HostResolver {

		InetAddress[] resolve(String host) throws UnknownHostException;

	}

	private static final Pattern IPV4_LITERAL = Pattern.compile("[0-9.]+");

	private final Set<String> allowHosts;

	private final HostResolver resolver;

	/** URLs of the platform's own server that it may read (the demo outlets); none until a test is set. */
	private volatile java.util.function.Predicate<URI> ownServer = url -> false;

	private volatile boolean ownServerTrusted;

	public AddressPolicy(Collection<String> allowHosts) {
		this(allowHosts, InetAddress::getAllByName);
	}

	AddressPolicy(Collection<String> allowHosts, HostResolver resolver) {
		this.allowHosts = allowHosts.stream()
			.map(AddressPolicy::normalizeHost)
			.filter(h -> !h.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
		this.resolver = resolver;
	}

	/**
	 * Refuses a URL that could never be read, resolving its host: for a source that is being created.
	 *
	 * @throws FetchFailed with {@link Reason#INVALID_URL}, {@link Reason#SCHEME_REFUSED},
	 * {@link Reason#ADDRESS_REFUSED} or {@link Reason#UNKNOWN_HOST}
	 */
	public void check(URI url) {
		String host = checkWithoutLookup(url);
		try {
			resolve(host);
		}
		catch (RefusedAddress ex) {
			throw new FetchFailed(Reason.ADDRESS_REFUSED, host);
		}
		catch (UnknownHostException ex) {
			throw new FetchFailed(Reason.UNKNOWN_HOST, host);
		}
	}

	/**
	 * Refuses what can be told from the URL alone (scheme, a literal address, {@code localhost}), before
	 * any lookup or connection; returns the host, normalised.
	 */
	String checkWithoutLookup(URI url) {
		if (url == null || !url.isAbsolute() || url.isOpaque()) {
			throw new FetchFailed(Reason.INVALID_URL, String.valueOf(url));
		}
		String scheme = url.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new FetchFailed(Reason.SCHEME_REFUSED, scheme);
		}
		if (url.getHost() == null) {
			throw new FetchFailed(Reason.INVALID_URL, url.toString());
		}
		String host = normalizeHost(url.getHost());
		if (allows(host) || isOwnServer(url)) {
			return host;
		}
		if (host.equals("localhost") || host.endsWith(".localhost")) {
			throw new FetchFailed(Reason.ADDRESS_REFUSED, host);
		}
		if (host.contains(":") || IPV4_LITERAL.matcher(host).matches()) {
			InetAddress literal;
			try {
				// a literal is parsed, never looked up; forms the JDK finds ambiguous (octal) are refused
				literal = InetAddress.getByName(host);
			}
			catch (UnknownHostException | IllegalArgumentException ex) {
				throw new FetchFailed(Reason.INVALID_URL, url.toString());
			}
			if (isInternal(literal)) {
				throw new FetchFailed(Reason.ADDRESS_REFUSED, host);
			}
		}
		return host;
	}

	/**
	 * The addresses of a host, refused with {@link RefusedAddress} if any of them is internal and the host is
	 * not allowed. Any, not all: otherwise a name with one public and one private address would let the
	 * connection go to the private one.
	 */
	InetAddress[] resolve(String host) throws UnknownHostException {
		String normalized = normalizeHost(host);
		InetAddress[] addresses = resolver.resolve(normalized);
		if (addresses == null || addresses.length == 0) {
			throw new UnknownHostException(host);
		}
		// the loopback literal gets this far only for a URL isOwnServer accepted: every other one was refused
		// by checkWithoutLookup, and a name that resolves to loopback is still refused here
		boolean ownLiteral = ownServerTrusted && normalized.equals(OWN_SERVER_HOST);
		if (!allows(normalized) && !ownLiteral) {
			for (InetAddress address : addresses) {
				if (isInternal(address)) {
					throw new RefusedAddress(normalized, address);
				}
			}
		}
		return addresses;
	}

	/** The host the platform's own server is read at: the IPv4 loopback literal, never a name. */
	static final String OWN_SERVER_HOST = "127.0.0.1";

	/**
	 * Trusts some URLs of the platform's own server (see {@code OwnServer}): only the loopback literal with
	 * its port and the given paths, so the demo can read the outlets it serves and nothing else nearby.
	 */
	void trustOwnServer(java.util.function.Predicate<URI> test) {
		this.ownServer = test;
		this.ownServerTrusted = true;
	}

	boolean isOwnServer(URI url) {
		return ownServerTrusted && ownServer.test(url);
	}

	boolean allows(String host) {
		return allowHosts.contains(normalizeHost(host));
	}

	/** Lower case, without the brackets of an IPv6 literal or the dot that ends a fully qualified name. */
	static String normalizeHost(String host) {
		String h = host.strip().toLowerCase(Locale.ROOT);
		if (h.startsWith("[") && h.endsWith("]")) {
			h = h.substring(1, h.length() - 1);
		}
		while (h.endsWith(".")) {
			h = h.substring(0, h.length() - 1);
		}
		return h;
	}

	/** Whether an address belongs to a network that a public site never lives on. */
	static boolean isInternal(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] b = address.getAddress();
		if (address instanceof Inet4Address) {
			return isInternalV4(b);
		}
		if (address instanceof Inet6Address) {
			return isInternalV6(b);
		}
		return true;
	}

	private static boolean isInternalV4(byte[] b) {
		int a0 = b[0] & 0xFF;
		int a1 = b[1] & 0xFF;
		int a2 = b[2] & 0xFF;
		return a0 == 0 // this network
				|| a0 == 10 || a0 == 127 // private, loopback
				|| (a0 == 100 && (a1 & 0xC0) == 64) // carrier-grade NAT 100.64.0.0/10
				|| (a0 == 169 && a1 == 254) // link-local, including the metadata service 169.254.169.254
				|| (a0 == 172 && (a1 & 0xF0) == 16) || (a0 == 192 && a1 == 168) // private
				|| (a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)) // IETF protocol assignments, TEST-NET-1
				|| (a0 == 198 && (a1 & 0xFE) == 18) // benchmarking 198.18.0.0/15
				|| (a0 == 198 && a1 == 51 && a2 == 100) || (a0 == 203 && a1 == 0 && a2 == 113) // TEST-NET-2 and 3
				|| a0 >= 224; // multicast, reserved and broadcast
	}

	private static boolean isInternalV6(byte[] b) {
		int first = b[0] & 0xFF;
		if ((first & 0xFE) == 0xFC) { // unique-local fc00::/7, which holds the metadata service fd00:ec2::254
			return true;
		}
		if (first == 0xFE && (b[1] & 0xC0) == 0xC0) { // deprecated site-local fec0::/10
			return true;
		}
		if (first == 0x20 && b[1] == 0x01 && b[2] == 0x0D && (b[3] & 0xFF) == 0xB8) { // documentation 2001:db8::/32
			return true;
		}
		if (first == 0x20 && b[1] == 0x02) { // 6to4: the IPv4 address is bytes 2 to 5
			return isInternalV4(new byte[] { b[2], b[3], b[4], b[5] });
		}
		boolean zeroPrefix = true;
		for (int i = 0; i < 10; i++) {
			zeroPrefix &= b[i] == 0;
		}
		boolean mapped = zeroPrefix && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
		boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0;
		boolean nat64 = b[0] == 0 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B;
		for (int i = 4; nat64 && i < 12; i++) {
			nat64 = b[i] == 0;
		}
		if (mapped || compatible || nat64) { // an IPv4 address in the last four bytes
			return isInternalV4(new byte[] { b[12], b[13], b[14], b[15] });
		}
		return false;
	}

	/** A host that resolved to an internal address: an {@link UnknownHostException} so that it passes through the HTTP client. */
	static final class RefusedAddress extends UnknownHostException {

		private final String host;

		RefusedAddress(String host, InetAddress address) {
			super(host + " resolves to the internal address " + address.getHostAddress());
			this.host = host;
		}

		String host() {
			return host;
		}

	}

}
