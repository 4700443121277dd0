package vn.tuyengiao.api;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser without a browser: a session cookie, the CSRF token of the last page, redirects not followed. */
final class PageSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*content=\"([^\"]+)\"|name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private final String baseUrl;

	private String csrf;

	private PageSession(int port) {
		this.baseUrl = "http://127.0.0.1:" + port;
	}

	static PageSession anonymous(int port) {
		return new PageSession(port);
	}

	static PageSession signedIn(int port, String username, String password) throws Exception {
		PageSession session = new PageSession(port);
		session.get("/login");
		HttpResponse<String> login = session.post("/login", "username=" + username + "&password=" + password);
		if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
			throw new AssertionError("sign-in of " + username + " failed: " + login.statusCode());
		}
		return session;
	}

	HttpResponse<String> get(String path) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		Matcher token = CSRF.matcher(response.body());
		if (token.find()) {
			csrf = token.group(1) != null ? token.group(1) : token.group(2);
		}
		return response;
	}

	/** Posts a form (already URL-encoded) with the CSRF token of the last page read. */
	HttpResponse<String> post(String path, String form) throws Exception {
		String body = form + (csrf == null ? "" : "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** Posts a file as {@code multipart/form-data} under the part name {@code file}, with the CSRF token. */
	HttpResponse<String> postFile(String path, String fileName, String content) throws Exception {
		String boundary = "----tuyengiao" + System.nanoTime();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
		return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
