package cn.gov.zjg.credit.security;

import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;
import org.apache.shiro.mgt.SessionsSecurityManager;
import org.apache.shiro.realm.Realm;
import org.apache.shiro.session.mgt.SessionManager;
import org.apache.shiro.spring.web.config.DefaultShiroFilterChainDefinition;
import org.apache.shiro.spring.web.config.ShiroFilterChainDefinition;
import org.apache.shiro.web.mgt.DefaultWebSecurityManager;
import org.apache.shiro.web.servlet.Cookie;
import org.apache.shiro.web.servlet.SimpleCookie;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.RedisTemplate;
import org.springframework.data.redis.serializer.RedisSerializer;

/**
 * Shiro wiring: the database realm with argon2id passwords, sessions in Redis behind an HttpOnly SameSite cookie, no
 * remember-me at all, and the URL chain. Authorisation of console actions is by {@code @RequiresPermissions} on the
 * handlers; the chain only decides who must be logged in.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class ShiroConfig {

    static final String SESSION_COOKIE = "CREDIT_SESSION";

    @Bean
    PasswordService passwordService() {
        return new DefaultPasswordService(); // Shiro 2: argon2id in the Shiro2 crypt format
    }

    // The mapper is lazy so the data source, Flyway and MyBatis are not created in Shiro's early bean phase.
    @Bean
    Realm databaseRealm(@Lazy AccountMapper mapper, PasswordService passwordService, AuthorizationCache cache) {
        return new DatabaseRealm(mapper, passwordService, cache);
    }

    @Bean
    RedisTemplate<String, byte[]> sessionRedisTemplate(RedisConnectionFactory connectionFactory) {
        RedisTemplate<String, byte[]> template = new RedisTemplate<>();
        template.setConnectionFactory(connectionFactory);
        template.setKeySerializer(RedisSerializer.string());
        template.setValueSerializer(RedisSerializer.byteArray());
        template.afterPropertiesSet();
        return template;
    }

    @Bean
    SessionManager sessionManager(@Lazy RedisTemplate<String, byte[]> sessionRedisTemplate, SecurityProperties props) {
        RequestCachingSessionManager manager = new RequestCachingSessionManager();
        manager.setSessionDAO(new RedisSessionDao(sessionRedisTemplate, props.sessionTimeout()));
        manager.setGlobalSessionTimeout(props.sessionTimeout().toMillis());
        manager.setSessionValidationSchedulerEnabled(false); // Redis expires idle sessions
        manager.setDeleteInvalidSessions(true);
        manager.setSessionIdUrlRewritingEnabled(false);
        manager.setSessionIdCookie(sessionCookie(props.secureCookie()));
        return manager;
    }

    private static Cookie sessionCookie(boolean secure) {
        SimpleCookie cookie = new SimpleCookie(SESSION_COOKIE);
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setSameSite(Cookie.SameSiteOptions.LAX);
        cookie.setPath("/");
        cookie.setMaxAge(-1);
        return cookie;
    }

    @Bean
    SessionsSecurityManager securityManager(Realm databaseRealm, SessionManager sessionManager) {
        DefaultWebSecurityManager manager = new DefaultWebSecurityManager(databaseRealm);
        manager.setSessionManager(sessionManager);
        manager.setRememberMeManager(null); // no remember-me: nothing to forge with a known cipher key
        return manager;
    }

    @Bean
    ShiroFilterChainDefinition shiroFilterChainDefinition() {
        DefaultShiroFilterChainDefinition chain = new DefaultShiroFilterChainDefinition();
        chain.addPathDefinition("/webjars/**", "anon");
        chain.addPathDefinition("/assets/**", "anon");
        chain.addPathDefinition("/favicon.ico", "anon");
        chain.addPathDefinition("/login", "anon");
        chain.addPathDefinition("/login/captcha", "anon");
        chain.addPathDefinition("/logout", "anon");
        chain.addPathDefinition("/actuator/health/**", "anon");
        chain.addPathDefinition("/actuator/health", "anon");
        chain.addPathDefinition("/actuator/**", "authc, perms[" + Permissions.SYSTEM_MONITOR_VIEW + "]");
        chain.addPathDefinition("/v3/api-docs/**", "anon");
        chain.addPathDefinition("/swagger-ui/**", "anon");
        chain.addPathDefinition("/swagger-ui.html", "anon");
        chain.addPathDefinition("/console/**", "authc");
        chain.addPathDefinition("/console", "authc");
        // The push API authenticates each request by its signature (submission feature), not by session.
        chain.addPathDefinition("/api/**", "anon");
        chain.addPathDefinition("/**", "anon");
        return chain;
    }
}
