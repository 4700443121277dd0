package vn.tuyengiao.monitor.internal.parse;

import java.net.URI;
import java.util.Locale;

import crawlercommons.domains.EffectiveTldFinder;

/** Which links belong to the same site: the same registrable domain under the public suffix list. */
final class Hosts {

	private Hosts() {
	}

	/**
	 * The domain a registrant owns: {@code baobackan.vn} for {@code www.baobackan.vn}, {@code backan.gov.vn}
	 * for {@code sotttt.backan.gov.vn}; the host itself for an address or a single-label name.
	 */
	static String registrableDomain(String host) {
		if (host == null || host.isEmpty()) {
			return "";
		}
		String lower = host.toLowerCase(Locale.ROOT);
		String assigned = EffectiveTldFinder.getAssignedDomain(lower, true, false);
		return assigned == null ? lower : assigned;
	}

	/** Whether two absolute URLs are on the same registrable domain; false when either is not a URL. */
	static boolean sameSite(String url, String other) {
		try {
			String host = URI.create(url).getHost();
			String otherHost = URI.create(other).getHost();
			return host != null && otherHost != null && registrableDomain(host).equals(registrableDomain(otherHost));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
