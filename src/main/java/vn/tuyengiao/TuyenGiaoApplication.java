package vn.tuyengiao;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import vn.tuyengiao.classify.ClassifyCommands;
import vn.tuyengiao.text.TextCommands;

/**
 * Nền tảng tuyên giáo: the platform for the propaganda-and-education work (công tác tuyên giáo) of a
 * provincial Party Committee and its district boards. Each top-level package is one application module.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TuyenGiaoApplication {

	/**
	 * Starts the platform; {@code text …} and {@code classify …} run a command instead, without Spring (see
	 * {@link TextCommands} and {@link ClassifyCommands}).
	 */
	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("text")) {
			System.exit(TextCommands.run(Arrays.copyOfRange(args, 1, args.length), System.in, System.out, System.err));
		}
		if (args.length > 0 && args[0].equals("classify")) {
			System.exit(ClassifyCommands.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
		}
		SpringApplication.run(TuyenGiaoApplication.class, args);
	}

}
