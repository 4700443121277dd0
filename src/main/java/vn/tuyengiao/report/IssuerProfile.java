package vn.tuyengiao.report;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * How a unit heads and signs its documents (Regulation 66-QĐ/TW): the superior body and the issuing
 * body printed top left, the place before the date (Bắc Kạn, ngày …), the Party committee's term (numbers restart
 * with each term), and the signature block.
 *
 * @param superiorBody e.g. TỈNH ỦY BẮC KẠN
 * @param issuingBody e.g. BAN TUYÊN GIÁO
 * @param firstNumber the number the platform starts from in this term, for offices that numbered
 *        documents by hand before
 * @param signerAuthority T/M, K/T, T/L or empty
 */
public record IssuerProfile(@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String superiorBody,
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String issuingBody,
		@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.too-long}") String place,
		@NotNull(message = "{validation.required}") LocalDate termStart,
		@NotNull(message = "{validation.required}") @Positive(message = "{validation.positive}") Integer firstNumber,
		@NotNull(message = "{validation.required}") @Pattern(regexp = "T/M|K/T|T/L|", message = "{issuer.authority.invalid}") String signerAuthority,
		@NotBlank(message = "{validation.required}") String signerOnBehalfOf,
		@NotBlank(message = "{validation.required}") String signerTitle,
		@NotBlank(message = "{validation.required}") String signerName,
		@NotNull(message = "{validation.required}") List<String> recipients) {
}
