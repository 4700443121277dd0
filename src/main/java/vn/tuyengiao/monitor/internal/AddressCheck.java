package vn.tuyengiao.monitor.internal;

import java.net.URI;

/** Whether the fetcher would refuse an address (private, loopback, link-local, metadata), before any request. */
interface AddressCheck {

	/** Why the address is refused, in Vietnamese, or {@code null} when it may be fetched. */
	String refusal(URI url);

}
