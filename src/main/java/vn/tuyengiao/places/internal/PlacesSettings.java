package vn.tuyengiao.places.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the places module ({@code tuyengiao.places.*}).
 *
 * @param homeProvince code of the province the platform serves: a name that the text leaves ambiguous is
 *        taken as the unit in this province (or the province that took it over in 2025), if exactly one is
 * @param importFiles dvhcvn JSON files to import at start-up, comma-separated paths; importing a file again
 *        changes nothing
 */
@ConfigurationProperties("tuyengiao.places")
public record PlacesSettings(@DefaultValue("06") String homeProvince, @DefaultValue List<String> importFiles) {
}
