package cn.gov.zjg.credit.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class AuditWebConfig implements WebMvcConfigurer {

    private final OperationLogInterceptor interceptor;

    AuditWebConfig(OperationLogInterceptor interceptor) {
        this.interceptor = interceptor;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // Before the CSRF check (order 0), so rejected attempts are logged too.
        registry.addInterceptor(interceptor).addPathPatterns("/console/**").order(-1);
    }
}
