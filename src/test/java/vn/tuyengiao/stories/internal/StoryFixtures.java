package vn.tuyengiao.stories.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import vn.tuyengiao.text.VietnameseText;
import vn.tuyengiao.text.VietnameseTokenizer;

/**
 * Vietnamese articles for the stories' tests — a dozen authored under {@code src/test/resources/stories}, and the
 * VFND data set in {@code ../shared/data/vfnd} (never copied into the repository) for the profile {@code datasets} —
 * and the copies a rumour or a news item
 * goes through on its way across pages: an intro sentence added, the last paragraph cut, accents stripped
 * and punctuation changed, a short post quoting the key sentences.
 */
final class StoryFixtures {

	/** An article: its title (first line) and body (the rest). */
	record Article(int number, String title, String body) {

		String text() {
			return title + "\n" + body;
		}

	}

	private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n|\\n");

	private StoryFixtures() {
	}

	/**
	 * The articles of {@code vn_news_226_tlfr.csv} of at least {@code minSyllables}, in file order; an article
	 * that is another one's text again (the data set holds one such pair) is left out, so the articles are
	 * different news.
	 */
	static List<Article> vfnd(int minSyllables) {
		return articles(Path.of(System.getProperty("bench.data", "../shared/data"), "vfnd", "vn_news_226_tlfr.csv"),
				minSyllables);
	}

	/** The articles written for the tests, in the same shape as VFND's (a column {@code text}). */
	static List<Article> authored() {
		return articles(Path.of("src", "test", "resources", "stories", "articles.csv"), 15);
	}

	private static List<Article> articles(Path file, int minSyllables) {
		List<Article> articles = new ArrayList<>();
		java.util.Set<String> texts = new java.util.HashSet<>();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			int number = 0;
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
				String text = row.get("text").strip();
				int newline = text.indexOf('\n');
				if (newline < 0) {
					continue;
				}
				Article article = new Article(number++, text.substring(0, newline).strip(), text.substring(newline + 1).strip());
				if (syllables(article.text()) >= minSyllables && texts.add(VietnameseText.fold(text))) {
					articles.add(article);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The stories' tests read " + file, ex);
		}
		return articles;
	}

	static int syllables(String text) {
		return (int) VietnameseTokenizer.tokenize(text).stream()
			.filter(t -> t.type() != vn.tuyengiao.text.Token.Type.PUNCTUATION)
			.count();
	}

	/** Another page's repost: a sentence of its own before the article and one after. */
	static Article withIntro(Article a) {
		return new Article(a.number(), a.title(), "Theo thông tin được chia sẻ trên mạng xã hội sáng nay, mời bạn đọc cùng theo dõi.\n"
				+ a.body() + "\nBạn nghĩ sao về sự việc này? Hãy để lại bình luận bên dưới.");
	}

	/** The article without its last paragraph, under a shortened title. */
	static Article withoutLastParagraph(Article a) {
		String[] paragraphs = PARAGRAPHS.split(a.body());
		List<String> kept = new ArrayList<>(List.of(paragraphs).subList(0, Math.max(1, paragraphs.length - 1)));
		return new Article(a.number(), "Tin nóng: " + a.title(), String.join("\n", kept));
	}

	/** Typed again without accents, full stops turned into exclamation marks, quotes dropped, commas doubled. */
	static Article strippedAndRepunctuated(Article a) {
		return new Article(a.number(), strip(a.title()).toUpperCase(java.util.Locale.ROOT),
				strip(a.body()).replace('.', '!').replace("\"", "").replace(",", " ,,"));
	}

	/** A short post of the article's two longest sentences with a call to share. */
	static Article quotingKeySentences(Article a) {
		List<String> sentences = new ArrayList<>();
		for (String paragraph : PARAGRAPHS.split(a.body())) {
			// paragraph by paragraph: VietnameseTokenizer.sentences does not return on a line break
			sentences.addAll(VietnameseTokenizer.sentences(paragraph.strip()));
		}
		sentences.sort(Comparator.comparingInt(StoryFixtures::syllables).reversed());
		String quoted = String.join(" ", sentences.subList(0, Math.min(2, sentences.size())));
		return new Article(a.number(), "Nghe nói", "Mọi người xem này: " + quoted + " Chia sẻ gấp cho mọi người cùng biết!");
	}

	/** Syllables the random texts are made of: common ones, so a random text reads like Vietnamese to the clustering. */
	private static final String[] SYLLABLES = ("người dân xã huyện tỉnh ủy ban nhân cán bộ đảng viên công tác tuyên "
			+ "giáo dư luận thông tin mạng xã hội tin đồn sự việc lực lượng chức năng kiểm tra xác minh giải quyết kiến "
			+ "nghị đường giao thông trường học bệnh viện y tế giá cả thị trường nông sản mùa vụ lúa ngô chăn nuôi dịch "
			+ "bệnh phòng chống thiên tai mưa lũ sạt lở đất đai đền bù giải phóng mặt bằng dự án đầu tư vốn ngân sách "
			+ "kinh tế văn hóa lễ hội du lịch hồ ba bể chợ mới pác nặm ngân sơn na rì bạch thông chợ đồn bắc kạn thành "
			+ "phố hội nghị giao ban kết luận nhiệm vụ quý năm tháng ngày sáng chiều tối hôm qua nay mai tuần trước sau "
			+ "trên dưới trong ngoài mới cũ lớn nhỏ nhiều ít được bị đã đang sẽ có không và với của cho từ đến theo "
			+ "về như khi nếu thì mà nên vì do tại bởi").split(" ");

	/** A random text of that many syllables in sentences of 8 to 20, different on every call with another seed. */
	static String randomText(java.util.Random random, int syllables) {
		StringBuilder text = new StringBuilder();
		int sentence = 0;
		int length = 8 + random.nextInt(13);
		for (int i = 0; i < syllables; i++) {
			String syllable = SYLLABLES[random.nextInt(SYLLABLES.length)];
			text.append(sentence == 0 ? Character.toUpperCase(syllable.charAt(0)) + syllable.substring(1) : syllable);
			if (++sentence == length || i == syllables - 1) {
				text.append(". ");
				sentence = 0;
				length = 8 + random.nextInt(13);
			}
			else {
				text.append(' ');
			}
		}
		return text.toString().strip();
	}

	private static String strip(String text) {
		String folded = VietnameseText.fold(text);
		// fold lower-cases; keep the first letter of each line upper case as a typist would
		StringBuilder out = new StringBuilder(folded);
		for (int i = 0; i < out.length(); i++) {
			if (i == 0 || out.charAt(i - 1) == '\n') {
				out.setCharAt(i, Character.toUpperCase(out.charAt(i)));
			}
		}
		return out.toString();
	}

}
