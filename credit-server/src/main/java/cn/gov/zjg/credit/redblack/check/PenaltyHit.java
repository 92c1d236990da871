package cn.gov.zjg.credit.redblack.check;

import java.time.LocalDate;

/** A serious penalty in publicity of a checked subject; {@code subjectKey} as in entries. */
public record PenaltyHit(String subjectKey, long id, String subjectName, String documentNo, String authority,
        String category, LocalDate decidedOn, LocalDate publicityMaxEnd) {
}
