package vn.tuyengiao.monitor.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import vn.tuyengiao.monitor.SourceKind;

/**
 * Synthetic Vietnamese news for the monitor's benchmarks, made at run time from real sentences: the
 * {@code # text} lines of UD Vietnamese-VTB and the articles of VFND in {@code ../shared/data} (or
 * {@code -Dbench.data=DIR}). Nothing of them is kept in the repository. A fixed seed gives the same corpus
 * every run.
 */
public final class SyntheticNews {

	static final long SEED = 20_251_127L;

	/** The outlets (30), with the kind of each: press mostly, some portals, social pages and forums. */
	static final List<String> OUTLETS = List.of("Báo Nhân Dân", "Báo Quân đội nhân dân", "Báo Công an nhân dân",
			"Báo Lao Động", "Báo Tuổi Trẻ", "Báo Thanh Niên", "Báo Tiền Phong", "Báo Pháp luật", "VnExpress", "Dân trí",
			"VietNamNet", "Báo Giao thông", "Báo Đại biểu nhân dân", "Báo Bắc Kạn", "Báo Thái Nguyên", "Báo Cao Bằng",
			"Báo Lạng Sơn", "Báo Tuyên Quang", "Đài Truyền hình tỉnh", "Đài Phát thanh huyện", "Cổng thông tin tỉnh",
			"Cổng thông tin Chính phủ", "Cổng thông tin huyện Ba Bể", "Trang Sở Y tế", "Trang Công an tỉnh",
			"Nhóm Chợ huyện", "Trang Tin nóng 24h", "Trang Góc nhìn", "Diễn đàn Otofun", "Diễn đàn Webtretho");

	/** Two years of publication, ending on the last day of 2025. */
	static final Instant FIRST_DAY = Instant.parse("2024-01-01T00:00:00Z");

	static final long DAYS = 731;

	private static final Pattern SPACE_BEFORE = Pattern.compile(" ([,.:;!?)%…])");

	private static final Pattern SPACE_AFTER = Pattern.compile("([(]) ");

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");

	/** The end of a VFND row: its domain and label columns. */
	private static final Pattern CSV_TAIL = Pattern.compile(",[\\w.]*,?[01]\\s*$|^text,");

	final List<String> sentences;

	private SyntheticNews(List<String> sentences) {
		this.sentences = sentences;
	}

	/** The sentences of the shared data: UD-VTB's, then VFND's of 5 to 60 syllables. */
	public static SyntheticNews load() {
		Path data = Path.of(System.getProperty("bench.data", "../shared/data"));
		List<String> sentences = new ArrayList<>();
		try (Stream<Path> files = Files.list(data.resolve("ud-vtb"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".conllu")).sorted().toList()) {
				for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					if (line.startsWith("# text =")) {
						sentences.add(detokenize(line.substring("# text =".length()).strip()));
					}
				}
			}
			try (Stream<Path> csvs = Files.list(data.resolve("vfnd"))) {
				for (Path file : csvs.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
					String text = Files.readString(file, StandardCharsets.UTF_8).replace("\"", " ");
					for (String line : text.split("\\R")) {
						for (String sentence : SENTENCE_END.split(line.strip())) {
							int syllables = sentence.split("\\s+").length;
							if (syllables >= 5 && syllables <= 60 && !CSV_TAIL.matcher(sentence).find()) {
								sentences.add(sentence.strip());
							}
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The benchmark reads its sentences from " + data.toAbsolutePath(), ex);
		}
		if (sentences.size() < 1000) {
			throw new IllegalStateException("Too few sentences in " + data.toAbsolutePath() + ": " + sentences.size());
		}
		return new SyntheticNews(List.copyOf(sentences));
	}

	/** The real sentences the articles are made of. */
	public List<String> sentences() {
		return sentences;
	}

	private static String detokenize(String sentence) {
		return SPACE_AFTER.matcher(SPACE_BEFORE.matcher(sentence).replaceAll("$1")).replaceAll("$1");
	}

	/** One synthetic article. */
	public record Doc(int number, String title, List<String> paragraphs, String outlet, SourceKind kind, String language,
			Instant publishedAt) {

		public String body() {
			return String.join("\n\n", paragraphs);
		}

	}

	/**
	 * The article of this number (the same every time): a title of one sentence cut at 20 syllables, and a
	 * body of sentences in paragraphs of three, until it holds {@code minSyllables} to {@code maxSyllables}.
	 */
	public Doc doc(int number, int minSyllables, int maxSyllables) {
		Random random = new Random(SEED * 31 + number);
		String title = cut(sentences.get(random.nextInt(sentences.size())), 20);
		int target = minSyllables + random.nextInt(maxSyllables - minSyllables + 1);
		List<String> paragraphs = new ArrayList<>();
		StringBuilder paragraph = new StringBuilder();
		int syllables = 0;
		int inParagraph = 0;
		while (syllables < target) {
			String sentence = sentences.get(random.nextInt(sentences.size()));
			String[] words = sentence.split(" ");
			if (syllables + words.length > target) {
				sentence = cut(sentence, target - syllables);
				words = sentence.split(" ");
			}
			syllables += words.length;
			paragraph.append(paragraph.isEmpty() ? "" : " ").append(sentence);
			if (++inParagraph == 3) {
				paragraphs.add(paragraph.toString());
				paragraph.setLength(0);
				inParagraph = 0;
			}
		}
		if (!paragraph.isEmpty()) {
			paragraphs.add(paragraph.toString());
		}
		int outlet = random.nextInt(OUTLETS.size());
		Instant published = FIRST_DAY.plus(random.nextLong(DAYS * 24 * 3600), ChronoUnit.SECONDS);
		return new Doc(number, title, paragraphs, OUTLETS.get(outlet), kindOf(outlet), random.nextInt(20) == 0 ? "en" : "vi",
				published);
	}

	static SourceKind kindOf(int outlet) {
		return outlet < 20 ? SourceKind.PRESS : outlet < 25 ? SourceKind.GOVERNMENT : outlet < 28 ? SourceKind.SOCIAL : SourceKind.FORUM;
	}

	private static String cut(String sentence, int syllables) {
		String[] words = sentence.split(" ");
		return words.length <= syllables ? sentence : String.join(" ", List.of(words).subList(0, Math.max(1, syllables)));
	}

}
