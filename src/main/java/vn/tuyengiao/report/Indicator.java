package vn.tuyengiao.report;

import java.math.BigDecimal;

/**
 * An indicator (chỉ tiêu) of a work area.
 *
 * @param unitOfMeasure what is counted, e.g. hội nghị (meetings), lượt người (attendances), %
 * @param minValue lowest acceptable value, {@code null} for none
 * @param maxValue highest acceptable value, {@code null} for none
 * @param required whether a report cannot be submitted without it
 */
public record Indicator(long id, long workAreaId, String code, String name, String unitOfMeasure, ValueType type,
		Aggregation aggregation, BigDecimal minValue, BigDecimal maxValue, boolean required, int position,
		boolean active, long version) {
}
