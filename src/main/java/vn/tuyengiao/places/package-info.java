/**
 * Places (địa danh): a gazetteer of Vietnam's administrative units (đơn vị hành chính) with their
 * names and codes before and after the reorganisation of 1/7/2025, and a tagger that finds in a text the
 * places it is about.
 * <p>
 * {@link vn.tuyengiao.places.Places} is the API: {@code tag} reads a title and a text and returns each
 * {@link vn.tuyengiao.places.PlaceMention} with the unit it names, the units of today it maps to and a short
 * Vietnamese reason for the choice; {@code byCode}, {@code current} and {@code search} read the gazetteer.
 * Names shared by several units are resolved from the other places of the same text, then from the home
 * province ({@code tuyengiao.places.home-province}); a bare commune name never tags without context.
 * <p>
 * The demo's Bắc Kạn province, its districts and its merger into Thái Nguyên are authored data, always
 * present. The rest comes from the public dvhcvn files that an administrator imports
 * ({@code POST /api/places/imports} or {@code tuyengiao.places.import-files}); importing a file twice changes
 * nothing. The module depends on platform, audit, access and text only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Địa danh (places)",
		allowedDependencies = { "access", "audit", "platform", "text" })
package vn.tuyengiao.places;
