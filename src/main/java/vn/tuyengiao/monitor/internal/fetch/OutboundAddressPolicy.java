package vn.tuyengiao.monitor.internal.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import org.springframework.stereotype.Component;

import vn.tuyengiao.monitor.OutboundAddresses;

/** {@link OutboundAddresses} by the fetcher's {@link AddressPolicy} and its allowed hosts. */
@Component
class OutboundAddressPolicy implements OutboundAddresses {

	private final AddressPolicy policy;

	OutboundAddressPolicy(FetchSettings settings) {
		this.policy = new AddressPolicy(settings.allowHosts());
	}

	@Override
	public void check(URI url) {
		policy.check(url);
	}

	@Override
	public InetAddress[] resolve(String host) throws UnknownHostException {
		return policy.resolve(host);
	}

}
