package vn.tuyengiao.places.internal;

/**
 * Part of the 2025 mapping: the unit {@code oldCode} before 1/7/2025 went, wholly ({@code full}) or in part
 * ({@code partial}), into the unit {@code newCode} since then.
 *
 * @param guessed the kind is inferred (the old-to-new file does not say it), so it never overwrites a stated one
 */
record LinkRow(String oldCode, String newCode, String kind, String source, boolean guessed) {
}
