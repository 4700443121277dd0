package vn.tuyengiao.api;

import tools.jackson.databind.JsonNode;

/** The response cases' part of a consolidated report as the API returns it (section 4, BAO_VE_NEN_TANG). */
final class Section4 {

	private final JsonNode contribution;

	private Section4(JsonNode contribution) {
		this.contribution = contribution;
	}

	/**
	 * The consolidated report of the period as the leader reads it, its draft compiled first when there is
	 * none yet (a read never creates it).
	 */
	static JsonNode consolidated(Api leader, String period) throws Exception {
		Api.Response read = leader.get("/api/consolidated-reports/" + period);
		if (read.status() == 404) {
			read = leader.post("/api/consolidated-reports/" + period + "/recompile", "{}");
		}
		if (read.status() != 200) {
			throw new AssertionError("consolidated report " + period + ": " + read.status() + " " + read.body());
		}
		return read.json();
	}

	/** The cases' contribution to the report; fails when the report has none. */
	static Section4 of(JsonNode report) {
		for (JsonNode section : report.get("sections")) {
			for (JsonNode contribution : section.get("contributions")) {
				if (contribution.get("workAreaCode").asString().equals("BAO_VE_NEN_TANG")) {
					return new Section4(contribution);
				}
			}
		}
		throw new AssertionError("no contribution of the cases to section 4 in " + report);
	}

	/** The figure whose label starts so; fails when there is none. */
	JsonNode figure(String labelStart) {
		for (JsonNode f : contribution.get("figures")) {
			if (f.get("label").asString().startsWith(labelStart)) {
				return f;
			}
		}
		throw new AssertionError("no figure " + labelStart + " in " + contribution);
	}

	/** The sentence the specialist edits in the report. */
	String text() {
		return contribution.get("text").asString();
	}

	int count(String labelStart) {
		return figure(labelStart).get("value").asInt();
	}

	@Override
	public String toString() {
		return contribution.toString();
	}

}
