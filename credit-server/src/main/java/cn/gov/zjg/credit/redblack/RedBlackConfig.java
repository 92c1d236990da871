package cn.gov.zjg.credit.redblack;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code credit.redblack.*}. */
@Configuration
@EnableConfigurationProperties(RedBlackProperties.class)
class RedBlackConfig {
}
