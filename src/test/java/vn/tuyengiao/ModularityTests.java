package vn.tuyengiao;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

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
	void writesModuleDocumentation() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCUMENTATION_FOLDER)).writeDocumentation();
		// the Documenter writes a diagram's relations in no fixed order; sorted, an unchanged structure leaves the
		// committed diagrams as they are
		try (Stream<Path> files = Files.list(Path.of(DOCUMENTATION_FOLDER))) {
			for (Path diagram : files.filter(file -> file.toString().endsWith(".puml")).toList()) {
				Files.write(diagram, relationsSorted(Files.readAllLines(diagram)));
			}
		}
	}

	/** The lines with each run of {@code Rel(...)} lines sorted. */
	static List<String> relationsSorted(List<String> lines) {
		List<String> out = new ArrayList<>();
		List<String> run = new ArrayList<>();
		for (String line : lines) {
			if (line.startsWith("Rel(")) {
				run.add(line);
				continue;
			}
			Collections.sort(run);
			out.addAll(run);
			run.clear();
			out.add(line);
		}
		Collections.sort(run);
		out.addAll(run);
		return out;
	}

}
