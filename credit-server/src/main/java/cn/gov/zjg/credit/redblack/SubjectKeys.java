package cn.gov.zjg.credit.redblack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import cn.gov.zjg.credit.validation.CreditCode;

/**
 * Keys that identify a subject across features. Legal persons: {@code legal_subject.subject_key}, the rule of
 * publication (the USCC, or {@code N:} + hex SHA-256 of category + name without a valid code). Natural persons:
 * {@code P:} + hex of the keyed hash of the ID number (the same hash as {@code natural_person.id_hash}).
 */
public final class SubjectKeys {

    /** 行政相对人类别 of legal subjects created by this feature. */
    public static final String LEGAL_CATEGORY = "法人及非法人组织";

    private SubjectKeys() {
    }

    public static String legal(String uscc, String name) {
        if (uscc != null && CreditCode.isValid(uscc)) {
            return uscc;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((LEGAL_CATEGORY + name).getBytes(StandardCharsets.UTF_8));
            return "N:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String natural(byte[] idHash) {
        return "P:" + HexFormat.of().formatHex(idHash);
    }
}
