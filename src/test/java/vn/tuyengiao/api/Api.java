package vn.tuyengiao.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the API, as an outside caller (curl, another system) would use it. */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String baseUrl;

	private String authorization;

	private Api(String baseUrl, String authorization) {
		this.baseUrl = baseUrl;
		this.authorization = authorization;
	}

	public static Api anonymous(int port) {
		return new Api("http://127.0.0.1:" + port, null);
	}

	public static Api basic(int port, String username, String password) {
		String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return new Api("http://127.0.0.1:" + port, "Basic " + credentials);
	}

	public static Api bearer(int port, String token) {
		return new Api("http://127.0.0.1:" + port, "Bearer " + token);
	}

	/** The id of the unit whose name contains the text, as the admin sees the units. */
	public static long unitId(int port, String nameContains) throws Exception {
		for (JsonNode unit : basic(port, "admin", "tuyengiao2023").get("/api/org-units").json()) {
			if (unit.get("name").asString().contains(nameContains)) {
				return unit.get("id").asLong();
			}
		}
		throw new AssertionError("no unit named " + nameContains);
	}

	public Response get(String path) throws Exception {
		return send(request(path).GET());
	}

	/** The body of a successful download; fails the test on any other status. */
	public byte[] getBytes(String path) throws Exception {
		HttpResponse<byte[]> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200) {
			throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": "
					+ new String(response.body(), StandardCharsets.UTF_8));
		}
		return response.body();
	}

	public Response post(String path, String json) throws Exception {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
	}

	/** A file upload as a form sends it: one part named {@code file}. */
	public Response upload(String path, String fileName, String content) throws Exception {
		String boundary = "----tuyengiao" + System.nanoTime();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/plain\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

	public Response put(String path, String json) throws Exception {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
	}

	public Response delete(String path) throws Exception {
		return send(request(path).DELETE());
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
		if (authorization != null) {
			builder.header("Authorization", authorization);
		}
		return builder;
	}

	private Response send(HttpRequest.Builder request) throws Exception {
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
	}

	public record Response(int status, String contentType, String body) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

	}

}
