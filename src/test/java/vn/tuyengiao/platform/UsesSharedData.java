package vn.tuyengiao.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * A test that reads the third-party data sets of {@code ../shared/data} (segmenter model, gazetteers, labelled
 * corpora), which a user's clone does not have and the repository may not hold. Such tests run only in the Maven
 * profile {@code datasets} ({@code mvn verify -Pdatasets}), where a missing file fails the test: it never skips.
 * The default {@code mvn verify} runs without them, on data authored under {@code src/test/resources}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Tag(UsesSharedData.TAG)
public @interface UsesSharedData {

	String TAG = "datasets";

}
