package vn.tuyengiao.platform.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs}: the API takes HTTP Basic or a personal token, so
 * Swagger UI ({@code /swagger-ui.html}) offers both under "Authorize".
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI tuyengiaoOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Tuyên giáo số – API")
				.description("Mọi thao tác của giao diện đều có qua API. Lỗi trả về application/problem+json "
						+ "với 'detail' tiếng Việt; trường sai được nêu trong 'errors[].field'.")
				.version("1"))
			.components(new Components()
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
					.description("Mã truy cập cá nhân (tg_…), tạo ở trang Tài khoản → Mã truy cập API")))
			.addSecurityItem(new SecurityRequirement().addList("basic"))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}

}
