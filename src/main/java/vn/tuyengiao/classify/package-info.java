/**
 * Text classifiers (phân loại văn bản), issue 6: sentiment (sắc thái), toxic language (ngôn từ độc hại) and
 * the report's work area (lĩnh vực). {@link vn.tuyengiao.classify.Classifiers} answers with a
 * {@link vn.tuyengiao.classify.Verdict} that always says why. A fresh installation decides by keyword rules
 * authored for the platform (resources under {@code classify/}); staff correct labels through
 * {@code POST /api/classifiers/{task}/labels}, a leader or an administrator trains a model from them
 * ({@code POST /api/classifiers/{task}/train}, LIBLINEAR through Tribuo over our own features), and the
 * newest trained model of a task is used from then on. Models are stored with their version, the counts of
 * their training labels and their cross-validated scores. No model trained on research-only data sets ships
 * with the product; {@code java -jar tuyengiao.jar classify eval} measures the method on such files.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Phân loại văn bản (classify)")
package vn.tuyengiao.classify;
