package cn.gov.zjg.credit.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code credit.publicity.natural-person-listing} (default false, domain.md §6 and decision 8): whether natural
 * persons' records are listed publicly at all; when true, only with the masked name publication stored in
 * {@code xdr_mc}, never an identifier.
 */
@ConfigurationProperties(prefix = "credit.publicity")
record PublicityListing(boolean naturalPersonListing) {
}
