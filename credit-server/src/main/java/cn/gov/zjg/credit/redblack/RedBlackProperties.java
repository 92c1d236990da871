package cn.gov.zjg.credit.redblack;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code credit.redblack.*}. {@code natural-person-listing}: whether natural persons on a black list (and natural
 * persons' serious penalties on the exposure board) are shown on the public site, always masked; default off, as for
 * double-publicity records (domain.md §6).
 */
@ConfigurationProperties(prefix = "credit.redblack")
public record RedBlackProperties(@DefaultValue("false") boolean naturalPersonListing,
        @DefaultValue("5000") int maxUploadRows, @DefaultValue("1000") int maxPushEntries,
        @DefaultValue("10000") int maxCheckCodes) {
}
