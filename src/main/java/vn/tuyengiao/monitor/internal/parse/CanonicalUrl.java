package vn.tuyengiao.monitor.internal.parse;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one spelling of a link under which an item is stored, so that the same article reached from a feed,
 * a sitemap, a share on Zalo and a section page is one item.
 * <p>
 * Scheme and host lower-cased (an international host in its ASCII form), default port, fragment, user
 * information and tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}, {@code zarsrc},
 * {@code gidzl}, {@code _ga} and the like) removed, the other parameters kept in their order, an empty path
 * written {@code /}, dot segments resolved, characters outside ASCII and spaces percent-encoded with
 * upper-case hex. Applying it twice gives the same result as once.
 */
public final class CanonicalUrl {

	/**
	 * Parameters that say how a reader arrived, not what they read. {@code ref} is kept on purpose: some
	 * sites use it to choose the content.
	 */
	private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid",
			"msclkid", "yclid", "twclid", "ttclid", "igshid", "igsh", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc",
			"_hsmi", "mkt_tok", "zarsrc", "gidzl", "zaloapp", "cmpid", "fb_action_ids", "fb_action_types", "fb_ref",
			"fb_source", "ref_src", "ref_url", "spm", "vero_id", "oly_anon_id", "oly_enc_id", "rb_clickid", "s_cid",
			"wt_mc_id", "trk", "trkcampaign", "sc_cid");

	private static final String HEX = "0123456789ABCDEF";

	private CanonicalUrl() {
	}

	/**
	 * The canonical form of an absolute {@code http} or {@code https} URL.
	 *
	 * @throws InvalidUrl when the text is blank, relative, of another scheme or not a URL at all
	 */
	public static String of(String url) {
		if (url == null || url.isBlank()) {
			throw new InvalidUrl("Đường dẫn trống.");
		}
		URI uri;
		try {
			uri = new URI(escape(url.strip())).normalize();
		}
		catch (URISyntaxException ex) {
			throw new InvalidUrl("Đường dẫn không hợp lệ: " + shorten(url) + ".");
		}
		String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
		if (scheme == null) {
			throw new InvalidUrl("Đường dẫn phải đầy đủ, bắt đầu bằng http:// hoặc https://: " + shorten(url) + ".");
		}
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new InvalidUrl("Chỉ nhận đường dẫn http hoặc https, không nhận " + scheme + ": " + shorten(url) + ".");
		}
		String authority = uri.getRawAuthority();
		if (authority == null || authority.isEmpty()) {
			throw new InvalidUrl("Đường dẫn thiếu tên miền: " + shorten(url) + ".");
		}
		StringBuilder out = new StringBuilder(url.length()).append(scheme).append("://");
		out.append(hostAndPort(authority, scheme, url));
		String path = uri.getRawPath();
		out.append(path == null || path.isEmpty() ? "/" : path);
		String query = query(uri.getRawQuery());
		if (!query.isEmpty()) {
			out.append('?').append(query);
		}
		return out.toString();
	}

	/**
	 * A link as written in a document, made absolute against the document's URL and canonical. An absolute
	 * link does not need the base, so a feed that lists full links is read even when its own URL is unknown.
	 *
	 * @throws InvalidUrl when the result is not an absolute web URL
	 */
	static String resolve(String base, String link) {
		if (link == null || link.isBlank()) {
			throw new InvalidUrl("Đường dẫn trống.");
		}
		String escaped = escape(link.strip());
		if (escaped.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || base == null || base.isBlank()) {
			return of(link);
		}
		try {
			return of(new URI(escape(base.strip())).resolve(new URI(escaped)).toString());
		}
		catch (URISyntaxException ex) {
			throw new InvalidUrl("Đường dẫn không hợp lệ: " + shorten(link) + ".");
		}
	}

	/** The host lower-cased and in ASCII, with the port only when it is not the scheme's default. */
	private static String hostAndPort(String authority, String scheme, String url) {
		// user information is dropped: a password must not end up stored with every item
		String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
		String host = hostPort;
		String port = "";
		int colon = hostPort.lastIndexOf(':');
		if (colon >= 0 && colon > hostPort.lastIndexOf(']')) {
			host = hostPort.substring(0, colon);
			port = hostPort.substring(colon + 1);
		}
		if (!port.isEmpty() && !port.chars().allMatch(Character::isDigit)) {
			throw new InvalidUrl("Cổng trong đường dẫn không hợp lệ: " + shorten(url) + ".");
		}
		host = decodePercents(host);
		if (host.endsWith(".")) {
			host = host.substring(0, host.length() - 1);
		}
		if (host.isEmpty()) {
			throw new InvalidUrl("Đường dẫn thiếu tên miền: " + shorten(url) + ".");
		}
		try {
			host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidUrl("Tên miền không hợp lệ: " + shorten(url) + ".");
		}
		boolean defaultPort = port.isEmpty() || (scheme.equals("http") && Integer.parseInt(port) == 80)
				|| (scheme.equals("https") && Integer.parseInt(port) == 443);
		return defaultPort ? host : host + ":" + Integer.parseInt(port);
	}

	private static String query(String rawQuery) {
		if (rawQuery == null || rawQuery.isEmpty()) {
			return "";
		}
		List<String> kept = new ArrayList<>();
		for (String parameter : rawQuery.split("&")) {
			if (parameter.isEmpty()) {
				continue;
			}
			int equals = parameter.indexOf('=');
			String name = (equals < 0 ? parameter : parameter.substring(0, equals)).toLowerCase(Locale.ROOT);
			if (!name.startsWith("utm_") && !TRACKING.contains(name)) {
				kept.add(parameter);
			}
		}
		return String.join("&", kept);
	}

	/**
	 * Makes any text a parseable URI with one spelling per character: spaces, characters outside ASCII and
	 * those URIs forbid are percent-encoded as UTF-8, a stray {@code %} becomes {@code %25}, existing escapes
	 * get upper-case hex, and escapes of letters, digits and {@code -._~} are decoded.
	 */
	static String escape(String url) {
		StringBuilder out = new StringBuilder(url.length() + 16);
		int fragment = url.indexOf('#');
		String kept = fragment >= 0 ? url.substring(0, fragment) : url;
		for (int i = 0; i < kept.length(); i++) {
			char c = kept.charAt(i);
			if (c == '%') {
				if (i + 2 < kept.length() && isHex(kept.charAt(i + 1)) && isHex(kept.charAt(i + 2))) {
					int value = Integer.parseInt(kept.substring(i + 1, i + 3), 16);
					if (isUnreserved((char) value)) {
						out.append((char) value);
					}
					else {
						out.append('%').append(Character.toUpperCase(kept.charAt(i + 1)))
							.append(Character.toUpperCase(kept.charAt(i + 2)));
					}
					i += 2;
				}
				else {
					out.append("%25");
				}
			}
			else if (c == '\t' || c == '\n' || c == '\r') {
				continue; // a link wrapped across lines in the source: browsers drop these too
			}
			else if (c > 0x20 && c < 0x7F && "\"<>\\^`{|}".indexOf(c) < 0) {
				out.append(c);
			}
			else {
				int end = Character.isHighSurrogate(c) && i + 1 < kept.length() ? i + 2 : i + 1;
				for (byte b : kept.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
					out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
				}
				i = end - 1;
			}
		}
		return out.toString();
	}

	/** A host may arrive percent-encoded after {@link #escape}; IDN wants it as characters. */
	private static String decodePercents(String host) {
		if (host.indexOf('%') < 0) {
			return host;
		}
		try {
			return java.net.URLDecoder.decode(host, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return host;
		}
	}

	private static boolean isHex(char c) {
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
	}

	private static boolean isUnreserved(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0;
	}

	private static String shorten(String url) {
		String trimmed = url.strip();
		return trimmed.length() > 120 ? trimmed.substring(0, 120) + "..." : trimmed;
	}

}
