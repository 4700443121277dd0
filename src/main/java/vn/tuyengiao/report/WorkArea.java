package vn.tuyengiao.report;

/** A work area (lĩnh vực): one section of the periodic report. */
public record WorkArea(long id, String code, int position, String name, boolean active, long version) {
}
