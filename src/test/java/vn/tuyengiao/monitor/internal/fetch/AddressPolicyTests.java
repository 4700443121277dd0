package vn.tuyengiao.monitor.internal.fetch;

import vn.tuyengiao.monitor.FetchFailed;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import vn.tuyengiao.monitor.FetchFailed.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Which URLs may be read, decided without touching the network: literals are parsed, and names go through
 * a fixed table. None of these addresses is ever connected to.
 */
class AddressPolicyTests {

	final AddressPolicy policy = new AddressPolicy(List.of(),
			FetchFixtures.resolverOf(Map.of("tin.example", "203.0.114.7", "rebind.example", "10.1.2.3",
					"mixed.example", "192.168.1.1")));

	static Reason refusal(Runnable check) {
		FetchFailed failure = catchThrowableOfType(FetchFailed.class, check::run);
		assertThat(failure).as("refused").isNotNull();
		return failure.reason();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://[::1]/",
			"http://localhost/", "http://LOCALHOST./", "http://app.localhost/", "http://127.0.0.1:8080/",
			"http://0.0.0.0/", "http://172.16.5.4/", "http://192.168.0.1/", "http://100.64.0.1/",
			"http://[fd00:ec2::254]/", "http://[fe80::1]/", "http://[::ffff:10.0.0.1]/", "http://[64:ff9b::a9fe:a9fe]/",
			"http://[2002:a00:1::]/", "http://224.0.0.1/", "http://255.255.255.255/" })
	void refusesInternalAddressesWithoutLookingThemUp(String url) {
		AddressPolicy noLookups = new AddressPolicy(List.of(), host -> {
			throw new AssertionError("looked up " + host);
		});

		assertThat(refusal(() -> noLookups.checkWithoutLookup(URI.create(url)))).isEqualTo(Reason.ADDRESS_REFUSED);
		assertThat(refusal(() -> policy.check(URI.create(url)))).isEqualTo(Reason.ADDRESS_REFUSED);
	}

	@ParameterizedTest
	@ValueSource(strings = { "file:///etc/passwd", "ftp://tin.example/", "gopher://tin.example/", "jar:file:/x!/y" })
	void refusesSchemesOtherThanHttp(String url) {
		assertThat(refusal(() -> policy.check(URI.create(url)))).isIn(Reason.SCHEME_REFUSED, Reason.INVALID_URL);
	}

	@Test
	void refusesRelativeAndHostlessUrls() {
		assertThat(refusal(() -> policy.check(URI.create("/tin")))).isEqualTo(Reason.INVALID_URL);
		assertThat(refusal(() -> policy.check(URI.create("http:///tin")))).isEqualTo(Reason.INVALID_URL);
	}

	@Test
	void refusesNameThatResolvesToAnInternalAddress() {
		assertThat(refusal(() -> policy.check(URI.create("https://rebind.example/")))).isEqualTo(Reason.ADDRESS_REFUSED);
		assertThat(refusal(() -> policy.check(URI.create("https://mixed.example/")))).isEqualTo(Reason.ADDRESS_REFUSED);
	}

	@Test
	void refusesNameThatDoesNotResolve() {
		assertThat(refusal(() -> policy.check(URI.create("https://khong-co.invalid/")))).isEqualTo(Reason.UNKNOWN_HOST);
	}

	@Test
	void acceptsPublicName() {
		assertThatNoException().isThrownBy(() -> policy.check(URI.create("https://tin.example/rss")));
	}

	@Test
	void acceptsAllowedHostsAsWrittenWhateverTheCase() {
		AddressPolicy allowing = new AddressPolicy(List.of("127.0.0.1", "Intranet.Local", "[::1]"),
				FetchFixtures.resolverOf(Map.of("intranet.local", "192.168.1.10")));

		assertThatNoException().isThrownBy(() -> allowing.check(URI.create("http://127.0.0.1:8080/rss")));
		assertThatNoException().isThrownBy(() -> allowing.check(URI.create("http://intranet.local/")));
		assertThatNoException().isThrownBy(() -> allowing.check(URI.create("http://[::1]:9000/")));
		assertThat(refusal(() -> allowing.check(URI.create("http://127.0.0.2/")))).isEqualTo(Reason.ADDRESS_REFUSED);
		assertThat(refusal(() -> allowing.check(URI.create("http://localhost/")))).isEqualTo(Reason.ADDRESS_REFUSED);
	}

	@ParameterizedTest
	@ValueSource(strings = { "8.8.8.8", "1.1.1.1", "203.0.114.7", "2001:4860:4860::8888", "::ffff:8.8.8.8" })
	void takesPublicAddressesForPublic(String address) throws Exception {
		assertThat(AddressPolicy.isInternal(InetAddress.getByName(address))).isFalse();
	}

	@Test
	void explainsTheRefusalInVietnamese() {
		FetchFailed failure = catchThrowableOfType(FetchFailed.class,
				() -> policy.check(URI.create("http://169.254.169.254/")));

		assertThat(failure.getMessage()).startsWith("Không đọc máy \"169.254.169.254\"")
			.contains("tuyengiao.monitor.fetch.allow-hosts");
		assertThat(failure.status().value()).isEqualTo(400);
		assertThat(failure.field()).isEqualTo("url");
	}

	@Test
	void formatsTheSizeLimitForPeople() {
		assertThat(new FetchFailed(Reason.TOO_LARGE, 10_485_760L).getMessage()).contains("10.485.760 byte");
	}

}
