package vn.tuyengiao;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Nền tảng tuyên giáo: the platform for the propaganda-and-education work (công tác tuyên giáo) of a
 * provincial Party Committee and its district boards. Each top-level package is one application module.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TuyenGiaoApplication {

	public static void main(String[] args) {
		SpringApplication.run(TuyenGiaoApplication.class, args);
	}

}
