package vn.tuyengiao.places;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** The tier of an administrative unit; districts (cấp huyện) exist only before 1/7/2025. */
public enum PlaceLevel {

	/** Tỉnh or thành phố trực thuộc trung ương. */
	PROVINCE,
	/** Cấp huyện: huyện, quận, thị xã, thành phố thuộc tỉnh. */
	DISTRICT,
	/** Cấp xã: xã, phường, thị trấn, đặc khu. */
	COMMUNE;

	/** The lower-case name the API writes: {@code province}, {@code district} or {@code commune}. */
	@JsonValue
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

}
