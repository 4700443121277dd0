package vn.tuyengiao.text.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.tuyengiao.platform.InvalidInput;
import vn.tuyengiao.text.AnalyzedToken;
import vn.tuyengiao.text.LegacyEncodings;
import vn.tuyengiao.text.TextAnalysis;
import vn.tuyengiao.text.VietnameseText;

/**
 * {@code /api/text}: what the analyzers make of a text (like Elasticsearch's {@code _analyze}), and a text
 * read back from a legacy encoding and normalised. Any signed-in user may call them: they read nothing
 * stored.
 */
@RestController
@RequestMapping("/api/text")
@Tag(name = "Văn bản tiếng Việt")
class TextApi {

	/** One million characters: a long report, not a dump. Longer texts are refused, not cut. */
	static final int MAX_CHARACTERS = 1_000_000;

	private final TextAnalysis analysis;

	TextApi(TextAnalysis analysis) {
		this.analysis = analysis;
	}

	record AnalyzeRequest(String text, String analyzer) {
	}

	record AnalyzeResponse(String analyzer, List<AnalyzedToken> tokens) {
	}

	record NormalizeRequest(String text) {
	}

	record NormalizeResponse(String text, String encoding) {
	}

	@Operation(summary = "Phân tích văn bản bằng bộ phân tích vi hoặc vi_folded: các từ tố được lập chỉ mục")
	@PostMapping("/analyze")
	AnalyzeResponse analyze(@RequestBody AnalyzeRequest request) {
		String text = requireText(request.text());
		String analyzer = request.analyzer() == null || request.analyzer().isBlank() ? TextAnalysis.VI
				: request.analyzer().strip();
		if (!analyzer.equals(TextAnalysis.VI) && !analyzer.equals(TextAnalysis.VI_FOLDED)) {
			throw new InvalidInput("analyzer", "text.unknown-analyzer", analyzer);
		}
		return new AnalyzeResponse(analyzer, analysis.analyze(text, analyzer));
	}

	@Operation(summary = "Chuẩn hoá văn bản: nhận biết bảng mã cũ (TCVN3, VNI), chuyển sang Unicode dựng sẵn")
	@PostMapping("/normalize")
	NormalizeResponse normalize(@RequestBody NormalizeRequest request) {
		String text = requireText(request.text());
		LegacyEncodings.Decoded decoded = LegacyEncodings.detect(text);
		return new NormalizeResponse(VietnameseText.normalize(decoded.text()), decoded.encoding().label());
	}

	private static String requireText(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInput("text", "text.empty");
		}
		if (text.length() > MAX_CHARACTERS) {
			throw new InvalidInput("text", "text.too-long", MAX_CHARACTERS, text.length());
		}
		return text;
	}

}
