package vn.tuyengiao.classify.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of training from users' labels ({@code tuyengiao.classify.*}).
 *
 * @param minPerLabel a task is trained only when each of its labels in use has at least this many examples
 * @param folds the scores of a model come from cross-validation in this many folds (fewer when a label has
 *        fewer examples)
 */
@ConfigurationProperties("tuyengiao.classify")
record ClassifySettings(@DefaultValue("5") int minPerLabel, @DefaultValue("5") int folds) {
}
