package vn.tuyengiao;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A test of persistence through the real migrations and the real database: H2 by default, and a real
 * PostgreSQL when the class is named {@code *RepositoryTests} and the build's PostgreSQL run executes
 * it. The demo data is loaded, so the Bắc Kạn units and accounts are there.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@Import(TestDatabases.class)
public @interface DatabaseTest {
}
