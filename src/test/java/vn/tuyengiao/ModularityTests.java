package vn.tuyengiao;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The module structure holds (no cycles, no reaching into another module's internals) and is documented. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(TuyenGiaoApplication.class);

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

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES).writeDocumentation();
	}

}
