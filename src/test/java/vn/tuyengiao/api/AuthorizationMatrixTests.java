package vn.tuyengiao.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import vn.tuyengiao.access.Accounts;
import vn.tuyengiao.access.Role;
import vn.tuyengiao.access.RoleGrant;

/**
 * The authorization matrix: every operation of {@code /v3/api-docs} called as every demo user, and as a user
 * who is a viewer in Ba Bể and a reporter in Pác Nặm, against the answers kept in
 * {@code src/test/resources/access/authorization-matrix.csv}. An operation the document lists and the data
 * does not is a failure, so a new endpoint cannot arrive without its row.
 * <p>
 * Calls carry each user's personal token (same roles as their password). Path variables are real demo ids, of Pác Nặm where a unit matters (so the two-unit user shows that a reporter's
 * grant there adds no monitoring right). Bodies are minimal ({@code {}} or a one-line file): permission is
 * checked before the body, so a refused user gets 403 whatever they send, and an allowed one a 2xx or a 400,
 * 404 or 409 about the body or the state. Rows run in the file's order, users in the columns' order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "tuyengiao.test.context=authorization-matrix")
class AuthorizationMatrixTests {

	static final String DATA = "/access/authorization-matrix.csv";

	static final String TWO_UNITS = "haidonvi";

	static final String NONE = "999999";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	private final HttpClient http = HttpClient.newHttpClient();

	private final Map<String, String> ids = new LinkedHashMap<>();

	private final Map<String, String> tokens = new LinkedHashMap<>();

	@Test
	void everyOperationAnswersEachUserAsTheMatrixSays() throws Exception {
		Matrix matrix = Matrix.read(DATA);
		Set<String> documented = documentedOperations();
		Set<String> missing = new LinkedHashSet<>(documented);
		missing.removeAll(matrix.rows().keySet());
		Set<String> stale = new LinkedHashSet<>(matrix.rows().keySet());
		stale.removeAll(documented);
		prepare();

		for (String user : matrix.users()) {
			tokens.put(user, tokenOf(user));
		}

		List<String> failures = new ArrayList<>();
		StringBuilder actual = new StringBuilder(String.join(",", matrix.header()) + "\n");
		List<String> operations = new ArrayList<>(matrix.rows().keySet());
		operations.addAll(missing);
		for (String operation : operations) {
			if (stale.contains(operation)) {
				continue;
			}
			List<String> expected = matrix.rows().get(operation);
			StringBuilder line = new StringBuilder(operation.replace(' ', ','));
			for (int u = 0; u < matrix.users().size(); u++) {
				String user = matrix.users().get(u);
				int status = call(operation, user);
				line.append(',').append(classOf(status));
				String want = expected == null ? null : expected.get(u);
				if (want != null && !matches(want, status)) {
					failures.add(operation + " as " + user + ": expected " + want + ", answered " + status);
				}
			}
			actual.append(line).append('\n');
		}
		Path report = Path.of("target", "authorization-matrix-actual.csv");
		Files.createDirectories(report.getParent());
		Files.writeString(report, actual);

		assertThat(missing).as("operations of /v3/api-docs without a row in %s (answers now in %s)", DATA, report)
			.isEmpty();
		assertThat(stale).as("rows of %s for operations /v3/api-docs does not list", DATA).isEmpty();
		assertThat(failures).as("answers that differ from %s (all answers in %s)", DATA, report).isEmpty();
	}

	/** {@code ok}: the user may (2xx, or 400/404/409/413/415 about the input or the state); else a status or class. */
	static boolean matches(String expected, int status) {
		return switch (expected) {
			case "ok" -> status < 500 && status != 401 && status != 403 && status != 405;
			case "2xx" -> status >= 200 && status < 300;
			default -> expected.equals(String.valueOf(status));
		};
	}

	static String classOf(int status) {
		return status >= 200 && status < 300 ? "2xx" : String.valueOf(status);
	}

	Set<String> documentedOperations() throws Exception {
		JsonNode paths = apiDocs().get("paths");
		Set<String> operations = new LinkedHashSet<>();
		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
				operations.add(method.getKey().toUpperCase() + " " + path.getKey());
			}
		}
		return operations;
	}

	private JsonNode docs;

	JsonNode apiDocs() throws Exception {
		if (docs == null) {
			docs = Api.anonymous(port).get("/v3/api-docs").json();
		}
		return docs;
	}

	/** The demo ids the rows' path variables stand for, and the user of two units. */
	void prepare() throws Exception {
		Api admin = Api.basic(port, "admin", ApiContractTests.PASSWORD);
		long pacNam = Api.unitId(port, "Pác Nặm");
		long baBe = Api.unitId(port, "Ba Bể");
		accounts.create(TWO_UNITS, "Người hai đơn vị", ApiContractTests.PASSWORD, false,
				List.of(new RoleGrant(Role.VIEWER, baBe), new RoleGrant(Role.REPORTER, pacNam)));
		ids.put("org-units", String.valueOf(pacNam));
		ids.put("unitId", String.valueOf(pacNam));
		ids.put("period", "2023Q1");
		ids.put("code", firstOf(admin.get("/api/report-forms").json(), "code", NONE));
		ids.put("places", "06");
		ids.put("task", "sentiment");
		ids.put("work-areas", firstOf(admin.get("/api/work-areas").json(), "id", NONE));
		ids.put("indicators", firstOf(admin.get("/api/indicators").json(), "id", NONE));
		ids.put("reports", idWhere(admin.get("/api/reports?period=2023Q1").json(), "unitId", pacNam));
		ids.put("briefings", firstOf(admin.get("/api/briefings").json(), "id", NONE));
		ids.put("tasks", firstOf(admin.get("/api/tasks").json(), "id", NONE));
		ids.put("users", idWhere(admin.get("/api/users").json(), "username", "pacnam"));
		ids.put("items", firstOf(admin.get("/api/items?size=1").json().get("items"), "id", NONE));
		Api.Response source = admin.post("/api/sources",
				"{\"name\":\"Tệp nhập của Pác Nặm\",\"type\":\"IMPORT\",\"ownerUnitId\":" + pacNam + "}");
		assertThat(source.status()).as(source.body()).isEqualTo(201);
		ids.put("sources", source.json().get("id").asString());
		Api.Response topic = admin.post("/api/topics",
				"{\"name\":\"Chủ đề của Pác Nặm\",\"query\":\"Pác Nặm\",\"ownerUnitId\":" + pacNam + "}");
		assertThat(topic.status()).as(topic.body()).isEqualTo(201);
		ids.put("topics", topic.json().get("id").asString());
		Api.Response theCase = admin.post("/api/cases", "{\"title\":\"Tin đồn ở Pác Nặm\",\"claim\":\"Tin đồn thất thiệt\","
				+ "\"severity\":\"LOW\",\"ownerUnitId\":" + pacNam + "}");
		assertThat(theCase.status()).as(theCase.body()).isEqualTo(201);
		ids.put("cases", theCase.json().get("id").asString());
	}

	/**
	 * A personal token of the user, made once with their password: hashing the password on each of several
	 * hundred calls would be most of the test's time, and a token stands for the same roles.
	 */
	String tokenOf(String user) throws Exception {
		Api.Response made = Api.basic(port, user, ApiContractTests.PASSWORD).post("/api/me/tokens", "{\"name\":\"ma-tran-quyen\"}");
		assertThat(made.status()).as(made.body()).isEqualTo(201);
		return made.json().get("token").asString();
	}

	private static String firstOf(JsonNode list, String field, String otherwise) {
		return list != null && list.size() > 0 ? list.get(0).get(field).asString() : otherwise;
	}

	private static String idWhere(JsonNode list, String field, Object value) {
		for (JsonNode node : list) {
			if (node.get(field).asString().equals(String.valueOf(value))) {
				return node.get("id").asString();
			}
		}
		throw new AssertionError("no " + field + " = " + value + " in " + list);
	}

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	/** A path variable's value: by its name, or for {@code id} by the collection before it; else an unknown id. */
	String concrete(String template) {
		Matcher variable = VARIABLE.matcher(template);
		StringBuilder path = new StringBuilder();
		while (variable.find()) {
			String name = variable.group(1);
			String before = template.substring(0, variable.start());
			String collection = before.substring(before.lastIndexOf('/', before.length() - 2) + 1, before.length() - 1);
			// a personal thing (a token, a notification) or an evidence file of another id: one nobody has
			String value = ids.getOrDefault(name.equals("id") ? collection : name, NONE);
			variable.appendReplacement(path, value);
		}
		variable.appendTail(path);
		return path.toString();
	}

	/** The required query parameters of the operation, with plausible values. */
	String query(String method, String template) throws Exception {
		JsonNode operation = apiDocs().get("paths").get(template).get(method.toLowerCase());
		StringBuilder query = new StringBuilder();
		JsonNode parameters = operation.get("parameters");
		if (parameters != null) {
			for (JsonNode parameter : parameters) {
				if ("query".equals(parameter.get("in").asString()) && parameter.path("required").asBoolean(false)) {
					String name = parameter.get("name").asString();
					String value = switch (name) {
						case "period" -> "2023Q1";
						case "version" -> "0";
						default -> "1";
					};
					query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(value);
				}
			}
		}
		return query.toString();
	}

	int call(String operation, String user) throws Exception {
		String method = operation.substring(0, operation.indexOf(' '));
		String template = operation.substring(operation.indexOf(' ') + 1);
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + concrete(template) + query(method, template)))
			.header("Authorization", "Bearer " + tokens.get(user));
		JsonNode body = apiDocs().get("paths").get(template).get(method.toLowerCase()).get("requestBody");
		if (body != null && body.get("content").has("multipart/form-data")) {
			String boundary = "----matrix";
			request.header("Content-Type", "multipart/form-data; boundary=" + boundary);
			request.method(method, HttpRequest.BodyPublishers.ofString("--" + boundary
					+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\nContent-Type: text/csv\r\n\r\n"
					+ "url,title\r\n\r\n--" + boundary + "--\r\n"));
		}
		else if (body != null || method.equals("POST") || method.equals("PUT")) {
			request.header("Content-Type", "application/json");
			request.method(method, HttpRequest.BodyPublishers.ofString("{}"));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	/** The data: a header naming the users, then one row per operation (method, path, an answer per user). */
	record Matrix(List<String> header, List<String> users, Map<String, List<String>> rows) {

		static Matrix read(String resource) throws IOException {
			try (InputStream in = AuthorizationMatrixTests.class.getResourceAsStream(resource)) {
				if (in == null) {
					throw new AssertionError("missing " + resource);
				}
				List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
					.filter(line -> !line.isBlank() && !line.startsWith("#"))
					.toList();
				List<String> header = List.of(lines.get(0).split(","));
				Map<String, List<String>> rows = new LinkedHashMap<>();
				for (String line : lines.subList(1, lines.size())) {
					List<String> cells = List.of(line.split(","));
					if (cells.size() != header.size()) {
						throw new AssertionError("row of " + cells.size() + " cells, header has " + header.size() + ": " + line);
					}
					rows.put(cells.get(0) + " " + cells.get(1), cells.subList(2, cells.size()));
				}
				return new Matrix(header, header.subList(2, header.size()), rows);
			}
		}

	}

}
