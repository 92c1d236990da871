package cn.gov.zjg.credit.subject;

import java.time.LocalDateTime;

/** A natural person as a page shows them: masked, unless {@code unmasked} (an audited, purposeful read). */
public record PersonView(long id, String idType, String idNumber, String name, boolean unmasked,
        LocalDateTime createdAt, LocalDateTime updatedAt) {
}
