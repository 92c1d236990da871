package cn.gov.zjg.credit.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class SecurityWebConfig implements WebMvcConfigurer {

    private final CsrfProtection csrf;

    SecurityWebConfig(CsrfProtection csrf) {
        this.csrf = csrf;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(csrf).order(0);
    }
}
