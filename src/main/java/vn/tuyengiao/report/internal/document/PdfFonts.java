package vn.tuyengiao.report.internal.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The four faces a PDF is printed in: Times New Roman from the operator's directory where it is there, else
 * Liberation Serif (same advance widths), read once and handed to every rendering from memory.
 */
final class PdfFonts {

	private static final Logger log = LoggerFactory.getLogger(PartyPdfWriter.class);

	/** The name the stylesheet uses; whichever files back it, the form asks for one family. */
	static final String FAMILY = "party-serif";

	private final List<Face> faces;

	/**
	 * @throws FontDirectoryMissing if {@code fontDirectory} is given but is not a directory
	 * @throws FontUnreadable if a font file cannot be read
	 */
	PdfFonts(Path fontDirectory) {
		if (fontDirectory != null && !Files.isDirectory(fontDirectory)) {
			throw new FontDirectoryMissing(fontDirectory);
		}
		List<Face> loaded = new ArrayList<>();
		for (Style style : Style.values()) {
			loaded.add(face(fontDirectory, style));
		}
		this.faces = List.copyOf(loaded);
	}

	/** The family each style is printed in: {@code Times New Roman} or {@code Liberation Serif}. */
	List<String> families() {
		return this.faces.stream().map(Face::family).toList();
	}

	/** Gives the renderer every face under {@link #FAMILY}, embedded as subsets. */
	void useIn(PdfRendererBuilder builder) {
		for (Face face : this.faces) {
			builder.useFont(() -> new ByteArrayInputStream(face.data()), FAMILY, face.style().weight,
					face.style().fontStyle, true);
		}
	}

	private static Face face(Path fontDirectory, Style style) {
		Optional<Path> times = fontDirectory == null ? Optional.empty() : find(fontDirectory, style.timesFile);
		if (times.isPresent()) {
			try {
				return new Face(style, "Times New Roman", Files.readAllBytes(times.get()));
			}
			catch (IOException ex) {
				throw new FontUnreadable("Cannot read the font " + times.get(), ex);
			}
		}
		if (fontDirectory != null) {
			log.warn("No {} in {}; PDFs print {} in Liberation Serif, which has the same widths", style.timesFile,
					fontDirectory, style.name().toLowerCase(Locale.ROOT).replace('_', ' '));
		}
		try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(style.liberationResource)) {
			if (in == null) {
				throw new FontMissing(style.liberationResource);
			}
			return new Face(style, "Liberation Serif", in.readAllBytes());
		}
		catch (IOException ex) {
			throw new FontUnreadable("Cannot read the font " + style.liberationResource, ex);
		}
	}

	/** The file as named, or with other capitals ({@code Times.TTF}), as copies from other systems have. */
	private static Optional<Path> find(Path directory, String fileName) {
		Path exact = directory.resolve(fileName);
		if (Files.isRegularFile(exact)) {
			return Optional.of(exact);
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(file -> file.getFileName().toString().equalsIgnoreCase(fileName))
				.filter(Files::isRegularFile)
				.findFirst();
		}
		catch (IOException ex) {
			throw new FontUnreadable("Cannot list the font directory " + directory, ex);
		}
	}

	private enum Style {

		REGULAR(400, FontStyle.NORMAL, "times.ttf", "liberation/LiberationSerif-Regular.ttf"),
		BOLD(700, FontStyle.NORMAL, "timesbd.ttf", "liberation/LiberationSerif-Bold.ttf"),
		ITALIC(400, FontStyle.ITALIC, "timesi.ttf", "liberation/LiberationSerif-Italic.ttf"),
		BOLD_ITALIC(700, FontStyle.ITALIC, "timesbi.ttf", "liberation/LiberationSerif-BoldItalic.ttf");

		final int weight;

		final FontStyle fontStyle;

		final String timesFile;

		final String liberationResource;

		Style(int weight, FontStyle fontStyle, String timesFile, String liberationResource) {
			this.weight = weight;
			this.fontStyle = fontStyle;
			this.timesFile = timesFile;
			this.liberationResource = liberationResource;
		}

	}

	private record Face(Style style, String family, byte[] data) {
	}

}
