package vn.tuyengiao.report;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Work areas, indicators and forms: data that administrators edit, never code. */
public interface ReportCatalogue {

	List<WorkArea> workAreas();

	List<Indicator> indicators();

	WorkArea updateWorkArea(long id, WorkAreaChange change);

	Indicator createIndicator(IndicatorDefinition definition);

	Indicator updateIndicator(long id, IndicatorDefinition definition, long version);

	ReportForm createForm(NewForm form);

	List<ReportForm> forms();

	ReportForm form(String code);

	record WorkAreaChange(@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.too-long}") String name,
			@NotNull(message = "{validation.required}") Integer position, boolean active,
			@NotNull(message = "{validation.required}") Long version) {
	}

	record IndicatorDefinition(@NotBlank(message = "{validation.required}") String workAreaCode,
			@NotBlank(message = "{validation.required}") @Pattern(regexp = "[A-Z0-9_]{2,40}", message = "{indicator.code.invalid}") String code,
			@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.too-long}") String name,
			@NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.too-long}") String unitOfMeasure,
			@NotNull(message = "{validation.required}") ValueType type,
			@NotNull(message = "{validation.required}") Aggregation aggregation, BigDecimal minValue,
			BigDecimal maxValue, boolean required, boolean active) {
	}

	/**
	 * A form with one section per work area (in the areas' order, with all their active indicators)
	 * followed by the narrative-only sections.
	 */
	record NewForm(@NotBlank(message = "{validation.required}") @Pattern(regexp = "[A-Z0-9_-]{2,40}", message = "{form.code.invalid}") String code,
			@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.too-long}") String name,
			@NotEmpty(message = "{validation.required}") List<String> workAreaCodes, List<String> narrativeSections) {
	}

}
