package cn.gov.zjg.credit.subject;

import java.time.LocalDateTime;

/** A natural person as stored: the ID number only encrypted. */
record PersonRow(long id, String idType, byte[] idEnc, String nameMasked, LocalDateTime createdAt,
        LocalDateTime updatedAt) {
}
