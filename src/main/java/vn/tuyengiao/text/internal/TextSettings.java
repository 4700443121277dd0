package vn.tuyengiao.text.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the text module ({@code tuyengiao.text.*}).
 *
 * @param segmenterModel directory of the operator-supplied word segmentation model; empty when there is none,
 *        and search then works on syllables
 */
@ConfigurationProperties("tuyengiao.text")
record TextSettings(@DefaultValue("") String segmenterModel) {
}
