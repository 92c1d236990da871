package cn.gov.zjg.credit.subject;

import java.nio.charset.StandardCharsets;

import cn.hutool.crypto.digest.DigestUtil;

/**
 * The key of a legal subject ({@code legal_subject.subject_key}): its 统一社会信用代码, or, for a subject without a valid
 * one (the 个体工商户 placeholder, domain.md §1.6 rule 2), {@code N:} + hex SHA-256 of {@code category|name}. The
 * publication SQL computes the same key ({@code PublicationMapper.xml}, fragment subjectKey).
 */
public final class SubjectKey {

    static final String PLACEHOLDER = "00000000000000000X";

    private SubjectKey() {
    }

    public static String of(String uscc, String category, String name) {
        if (uscc != null && !uscc.isBlank() && !PLACEHOLDER.equals(uscc)) {
            return uscc;
        }
        return "N:" + DigestUtil.sha256Hex((category + "|" + name).getBytes(StandardCharsets.UTF_8));
    }
}
