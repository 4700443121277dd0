package vn.tuyengiao.monitor.internal.fetch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tuyengiao.text.LegacyEncodings;

/**
 * A body read as text. The charset comes from the {@code Content-Type} header, else from a byte order mark,
 * a {@code meta} tag or an XML declaration near the start. When none is declared, when the bytes are not
 * valid in the declared one, or when it is UTF-8 or a Western charset, the text core reads the bytes: the
 * old Vietnamese sites typed in TCVN3 or VNI declared Western charsets, and legacy text mis-decoded once
 * and saved again as UTF-8 is still repaired there.
 */
final class BodyText {

	/** The text, not yet normalised, and the encoding it was read in, in lower case. */
	record Decoded(String text, String encoding) {
	}

	/** How far into the body a declaration is looked for, as browsers do. */
	private static final int SNIFF_BYTES = 4096;

	private static final Pattern CHARSET_PARAMETER = Pattern
		.compile("(?i)charset\\s*=\\s*[\"']?\\s*([a-z0-9._:\\-]+)");

	private static final Pattern META_CHARSET = Pattern
		.compile("(?i)<meta[^>]{0,512}?charset\\s*=\\s*[\"']?\\s*([a-z0-9._:\\-]+)");

	private static final Pattern XML_ENCODING = Pattern
		.compile("^\\s*<\\?xml[^>]{0,256}?encoding\\s*=\\s*[\"']([a-z0-9._:\\-]+)[\"']", Pattern.CASE_INSENSITIVE);

	/** Charsets in which every byte is valid, so that their declaration proves nothing about the bytes. */
	private static final Set<String> WESTERN = Set.of("ISO-8859-1", "windows-1252", "US-ASCII");

	private BodyText() {
	}

	/** Whether a body of this media type is text (a missing type is taken to be). */
	static boolean isText(String contentType) {
		if (contentType == null || contentType.isBlank()) {
			return true;
		}
		String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
		return type.startsWith("text/") || type.endsWith("/xml") || type.endsWith("+xml") || type.endsWith("/json")
				|| type.endsWith("+json") || type.equals("application/javascript");
	}

	static Decoded decode(byte[] body, String contentType) {
		if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
			return legacy(Arrays.copyOfRange(body, 3, body.length));
		}
		if (startsWith(body, 0xFE, 0xFF) || startsWith(body, 0xFF, 0xFE)) {
			return new Decoded(new String(body, StandardCharsets.UTF_16), "utf-16");
		}
		Charset declared = declared(contentType, body);
		if (declared == null || declared.equals(StandardCharsets.UTF_8) || WESTERN.contains(declared.name())) {
			return legacy(body);
		}
		try {
			String text = declared.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(body))
				.toString();
			return new Decoded(text, declared.name().toLowerCase(Locale.ROOT));
		}
		catch (CharacterCodingException ex) {
			return legacy(body);
		}
	}

	private static Decoded legacy(byte[] body) {
		LegacyEncodings.Decoded decoded = LegacyEncodings.decode(body);
		String encoding = decoded.encoding() == LegacyEncodings.Encoding.UNICODE ? "utf-8"
				: decoded.encoding().label();
		return new Decoded(decoded.text(), encoding);
	}

	/** The charset the header or the document declares, if Java knows it. */
	static Charset declared(String contentType, byte[] body) {
		Charset charset = contentType == null ? null : charset(CHARSET_PARAMETER.matcher(contentType));
		if (charset != null) {
			return charset;
		}
		String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
		charset = charset(XML_ENCODING.matcher(head));
		return charset != null ? charset : charset(META_CHARSET.matcher(head));
	}

	private static Charset charset(Matcher matcher) {
		if (!matcher.find()) {
			return null;
		}
		try {
			return Charset.forName(matcher.group(1));
		}
		catch (IllegalArgumentException ex) { // illegal or unsupported name: as if none were declared
			return null;
		}
	}

	private static boolean startsWith(byte[] body, int... prefix) {
		if (body.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((body[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
