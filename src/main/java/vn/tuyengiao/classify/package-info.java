/**
 * Text classifiers (phân loại văn bản): sentiment (sắc thái), toxic language (ngôn từ độc hại) and
 * the report's work area (lĩnh vực). {@link vn.tuyengiao.classify.Classifiers} answers with a
 * {@link vn.tuyengiao.classify.Verdict} that always says why. A fresh installation decides by keyword rules
 * over lexicons under {@code classify/} (the project's own, and toxic terms derived from ViHOS, MIT); a term is
 * found as a whole word, never as a syllable of an innocent word the lexicon lists ({@code mọi người} is not the
 * slur {@code mọi}), nor, where the operator configured a word segmenter, across the boundaries of the words it
 * finds; a toxicity reason quotes the term with the words around it. Staff (access's {@code HANDLERS}) correct
 * labels through {@code POST /api/classifiers/{task}/labels}, a leader or an administrator ({@code TRAINERS})
 * trains a model from them
 * ({@code POST /api/classifiers/{task}/train}, LIBLINEAR through Tribuo over our own features), and the
 * newest trained model of a task is used from then on. Models are stored with their version, the counts of
 * their training labels and their cross-validated scores. No model trained on research-only data sets ships
 * with the product; {@code java -jar tuyengiao.jar classify eval} measures the method on such files, and
 * {@code classify eval --default} what a fresh installation decides.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Phân loại văn bản (classify)",
		allowedDependencies = { "access", "audit", "platform", "text" })
package vn.tuyengiao.classify;
