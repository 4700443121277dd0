package vn.tuyengiao.response.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import vn.tuyengiao.response.CaseStatus;

/** The workflow an operator may set, and the one rule no setting lifts. */
class CaseWorkflowTests {

	@Test
	void withoutSettingsTheDefaultWorkflowHolds() {
		CaseWorkflow workflow = new CaseWorkflow(new MockEnvironment());

		assertThat(workflow.next(CaseStatus.NEW)).containsExactly(CaseStatus.VERIFYING);
		assertThat(workflow.allows(CaseStatus.NEW, CaseStatus.CLOSED)).isFalse();
		assertThat(workflow.allows(CaseStatus.FALSE, CaseStatus.CLOSED)).isTrue();
	}

	@Test
	void anOperatorLetsAnObviousFakeBeJudgedAtOnce() {
		CaseWorkflow workflow = new CaseWorkflow(
				new MockEnvironment().withProperty("tuyengiao.response.workflow.NEW", "verifying, FALSE"));

		assertThat(workflow.next(CaseStatus.NEW)).containsExactlyInAnyOrder(CaseStatus.VERIFYING, CaseStatus.FALSE);
		assertThat(workflow.next(CaseStatus.VERIFYING)).as("the other statuses keep their moves")
			.isEqualTo(CaseStatus.VERIFYING.next());
	}

	@Test
	void noSettingLetsACaseCloseBeforeAVerdict() {
		assertThatThrownBy(() -> new CaseWorkflow(
				new MockEnvironment().withProperty("tuyengiao.response.workflow.VERIFYING", "FALSE,CLOSED")))
			.hasMessageContaining("VERIFYING may not move to CLOSED");
	}

	@Test
	void anUnknownStatusIsNamedInTheMessage() {
		assertThatThrownBy(() -> new CaseWorkflow(
				new MockEnvironment().withProperty("tuyengiao.response.workflow.NEW", "VERIFYING,DONE")))
			.hasMessageContaining("unknown status 'DONE'");
	}

}
