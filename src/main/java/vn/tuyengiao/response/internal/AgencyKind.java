package vn.tuyengiao.response.internal;

/**
 * The agency in charge a case is referred to, as the coordination of the board names them: state management
 * (quản lý nhà nước, e.g. the Department of Information and Communications), police (công an) and judicial
 * bodies (cơ quan tư pháp), or another body.
 */
enum AgencyKind {

	STATE_MANAGEMENT("Cơ quan quản lý nhà nước"),
	POLICE("Cơ quan công an"),
	JUDICIAL("Cơ quan tư pháp"),
	OTHER("Cơ quan khác");

	private final String label;

	AgencyKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
