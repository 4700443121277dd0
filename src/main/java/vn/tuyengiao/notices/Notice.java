package vn.tuyengiao.notices;

import java.time.Instant;

/**
 * A notice as its recipient reads it.
 *
 * @param origin the module that wrote it ({@code response}, {@code topics}, ...)
 * @param kind what kind of notice it is in that module ({@code ASSIGN}, {@code ESCALATE}, {@code digest}, ...)
 * @param link the page of the application to look at, a path such as {@code /response/cases/12}; null when none
 */
public record Notice(long id, String origin, String kind, String title, String message, String link, Instant createdAt,
		boolean read) {
}
