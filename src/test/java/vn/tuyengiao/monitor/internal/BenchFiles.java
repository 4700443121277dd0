package vn.tuyengiao.monitor.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Where a monitor benchmark keeps its data: {@code -Dbench.dir=DIR}, kept after the run, or else a new
 * temporary directory, removed at the end. The context's H2 database is a file in it and its index lives
 * beside it, on disk as in production.
 */
final class BenchFiles {

	private BenchFiles() {
	}

	static Path directory(String prefix) {
		try {
			String given = System.getProperty("bench.dir");
			return given != null ? Files.createDirectories(Path.of(given)) : Files.createTempDirectory(prefix);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static boolean kept() {
		return System.getProperty("bench.dir") != null;
	}

	/** The H2 database in {@code DIR/db}, the index in {@code DIR/index}. */
	static void onDisk(DynamicPropertyRegistry registry, Path directory) {
		registry.add("tuyengiao.data-dir", directory::toString);
		registry.add("spring.datasource.url",
				() -> "jdbc:h2:file:" + directory.resolve("db").resolve("tuyengiao") + ";DB_CLOSE_ON_EXIT=FALSE");
	}

	static String megabytes(Path directory) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			long bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
			return String.format(Locale.ROOT, "%,.0f MB", bytes / 1e6);
		}
	}

	/** Removes the directory unless {@code bench.dir} named it. */
	static void removeUnlessKept(Path directory) throws IOException {
		if (kept()) {
			return;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
		}
	}

}
