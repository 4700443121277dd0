package vn.tuyengiao;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The module structure holds (no cycles, no reaching into another module's internals) and is documented. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(TuyenGiaoApplication.class);

	/** Relative to the project directory, where Maven runs the tests. */
	static final String DOCUMENTATION_FOLDER = "docs/modules";

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void eachTopLevelPackageIsAModule() {
		assertThat(MODULES.stream().map(module -> module.getBasePackage().getName()))
			.contains("vn.tuyengiao.platform", "vn.tuyengiao.audit", "vn.tuyengiao.access", "vn.tuyengiao.org",
					"vn.tuyengiao.dashboard", "vn.tuyengiao.demo");
	}

	/**
	 * Writes the module diagrams (PlantUML) and canvases (AsciiDoc) into {@code docs/modules}, which is committed
	 * and linked from {@code docs/ARCHITECTURE.md}: the folder is emptied and written again on every run, so it
	 * always shows the modules as the code declares them, and a run on unchanged code leaves the same files.
	 */
	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCUMENTATION_FOLDER)).writeDocumentation();
	}

}
