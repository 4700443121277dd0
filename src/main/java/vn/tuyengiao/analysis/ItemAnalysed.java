package vn.tuyengiao.analysis;

import java.util.List;

/**
 * An item's analysis is stored: the places it is about (by name, for topics that name a locality), its story
 * (chuỗi tin) and its risk flag. Saved topics are matched from it. Published again when an item's text changes
 * and it is analysed again; a listener must do nothing twice for the same item.
 */
public record ItemAnalysed(long itemId, long storyId, int riskScore, List<String> placeNames) {
}
