package cn.gov.zjg.credit.redblack;

import java.util.HexFormat;

import cn.gov.zjg.credit.subject.SubjectKey;
import cn.gov.zjg.credit.validation.CreditCode;

/**
 * Keys that identify a subject across features. Legal persons: {@code legal_subject.subject_key}, the rule of
 * publication ({@link SubjectKey}: the USCC, or {@code N:} + hex SHA-256 of {@code category|name} without one).
 * Natural persons: {@code P:} + hex of the keyed hash of the ID number (the same hash as
 * {@code natural_person.id_hash}).
 */
public final class SubjectKeys {

    /** 行政相对人类别 of legal subjects created by this feature. */
    public static final String LEGAL_CATEGORY = "法人及非法人组织";

    private SubjectKeys() {
    }

    /** The legal subject's key by publication's rule ({@link SubjectKey}). */
    public static String legal(String uscc, String name) {
        return SubjectKey.of(uscc != null && CreditCode.isValid(uscc) ? uscc : null, LEGAL_CATEGORY, name);
    }

    public static String natural(byte[] idHash) {
        return "P:" + HexFormat.of().formatHex(idHash);
    }
}
