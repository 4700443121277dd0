package vn.tuyengiao.access.internal;

import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two filter chains. {@code /api/**} is stateless: HTTP Basic or a personal token on every request,
 * no session, so no CSRF is needed. Everything else is the browser UI: form login, a session with a
 * timeout ({@code server.servlet.session.timeout}), CSRF on every form; HTTP Basic is read there too, for one
 * request at a time.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, DeniedRequests denied, AccountService accounts)
			throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(denied.apiEntryPoint()))
			.addFilterBefore(new ApiTokenFilter(accounts, denied.apiEntryPoint()), BasicAuthenticationFilter.class)
			.addFilterAfter(new PasswordChangeRequiredFilter(), ExceptionTranslationFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(denied.apiEntryPoint())
				.accessDeniedHandler(denied.apiDeniedHandler()));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http, DeniedRequests denied) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers(PathRequest.toStaticResources().atCommonLocations())
			.permitAll()
			.requestMatchers("/webjars/**", "/login", "/error", "/actuator/health", "/actuator/health/**",
					"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
			.permitAll()
			// The demo's invented news outlets, which the platform fetches from itself (404 unless demo data is on).
			.requestMatchers("/demo-outlets/**")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error")
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			// HTTP Basic too, for checks and scripts that read a page as a given user; it holds for that request
			// only (no session), and a browser without credentials is still sent to the login page.
			.httpBasic(basic -> basic.authenticationEntryPoint(denied.apiEntryPoint()))
			.addFilterAfter(new PasswordChangeRequiredFilter(), ExceptionTranslationFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
				.accessDeniedHandler(denied.pageDeniedHandler()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'")));
		return http.build();
	}

}
