package cn.gov.zjg.credit.portal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The portal's settings and its rate limit on the public pages (not the console, the API or static files). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalProperties.class)
class PortalWebConfig implements WebMvcConfigurer {

    private final RateLimitInterceptor rateLimit;

    PortalWebConfig(RateLimitInterceptor rateLimit) {
        this.rateLimit = rateLimit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(rateLimit)
                .excludePathPatterns("/console/**", "/api/**", "/assets/**", "/webjars/**", "/actuator/**",
                        "/login/**", "/rate-limit/**", "/error");
    }
}
