package cn.gov.zjg.credit.portal;

import java.time.Clock;

import cn.gov.zjg.credit.publication.PublicityProperties;
import cn.gov.zjg.credit.shared.Masking;
import cn.gov.zjg.credit.support.CreditIntegrationTest;
import cn.gov.zjg.credit.support.Pipeline;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code credit.publicity.natural-person-listing=true} (a deployment's choice, domain.md §6) natural persons'
 * records are listed, with the masked name only. The suite runs with the switch off, so this test builds the list
 * service with the switch on over the same database and cache (its cache entries are kept apart by the switch).
 */
@CreditIntegrationTest
class NaturalPersonListingTests {

    @Autowired
    Pipeline pipeline;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PortalRefresh refresh;

    @Autowired
    cn.gov.zjg.credit.review.ReviewService review;

    @Autowired
    PortalMapper mapper;

    @Autowired
    PortalCache cache;

    @Autowired
    SubjectSearch search;

    @Autowired
    PublicRecords switchedOff;

    @Autowired
    Clock clock;

    @Test
    void whenListingIsOnANaturalPersonsPenaltyIsListedWithTheMaskedNameOnly() throws Exception {
        PortalFixtures.Person person = new PortalFixtures(pipeline, jdbc, refresh, review)
                .person("东方" + PortalFixtures.uniqueWord().substring(0, 2));
        PublicRecords switchedOn = new PublicRecords(mapper, cache, search, new PublicityProperties(true), clock);
        var everything = new PublicRecords.ListRequest(null, java.time.LocalDate.parse("2026-11-20"),
                java.time.LocalDate.parse("2026-11-20"), null, null, null, null);

        var detail = switchedOn.penalty(person.penaltyId()).orElseThrow();

        assertThat(detail.xdrMc()).isEqualTo(Masking.personName(person.name()));
        assertThat(detail.toString()).doesNotContain(person.idNumber(), person.name());
        assertThat(detail.xdrShxym()).isNull();
        assertThat(switchedOff.penalty(person.penaltyId())).isEmpty();
        assertThat(allIds(switchedOn, everything)).contains(person.penaltyId());
        assertThat(allIds(switchedOff, everything)).doesNotContain(person.penaltyId());
    }

    private static java.util.List<Long> allIds(PublicRecords records, PublicRecords.ListRequest first) {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        PublicRecords.ListRequest request = first;
        for (int page = 0; page < 50; page++) {
            var slice = records.penalties(request);
            slice.rows().forEach(row -> ids.add(row.id()));
            if (slice.nextCursor() == null) {
                break;
            }
            request = new PublicRecords.ListRequest(null, first.from(), first.to(), null, null, slice.nextCursor(),
                    null);
        }
        return ids;
    }
}
