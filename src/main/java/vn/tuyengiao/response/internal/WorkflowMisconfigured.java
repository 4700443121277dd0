package vn.tuyengiao.response.internal;

/**
 * A configured move of the case workflow ({@code tuyengiao.response.workflow.<STATUS>}) names a status that
 * does not exist, or lets a case close before a verdict. The application refuses to start with it.
 */
class WorkflowMisconfigured extends IllegalStateException {

	WorkflowMisconfigured(String message) {
		super(message);
	}

	WorkflowMisconfigured(String message, Throwable cause) {
		super(message, cause);
	}

}
