package cn.gov.zjg.credit.publication;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code credit.publicity.*}. {@code naturalPersonListing}: whether natural persons' double-publicity records are listed
 * on the public site at all (masked). Off by default: domain.md §6 and decision 8 (only where local rules permit).
 */
@ConfigurationProperties("credit.publicity")
public record PublicityProperties(boolean naturalPersonListing) {
}
