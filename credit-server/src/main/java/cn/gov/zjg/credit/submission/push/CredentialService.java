package cn.gov.zjg.credit.submission.push;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.security.PersonalDataProtection;
import cn.gov.zjg.credit.shared.BusinessRuleException;
import cn.gov.zjg.credit.shared.NotFoundException;
import cn.gov.zjg.credit.shared.PageQuery;
import cn.gov.zjg.credit.shared.PageResult;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The departments' push API credentials: an access key (public, sent in {@code X-Credit-Key}) and a secret for the
 * HMAC signature. The secret is generated here, shown once and stored only encrypted, because checking a signature
 * needs it back. Revoked credentials are kept, with who revoked them, when and why.
 */
@Service
class CredentialService {

    /** RFC 4648 base32 letters: no 0/1/8/9, so a key read aloud or retyped is not misread. */
    private static final char[] KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final int KEY_RANDOM_CHARS = 20;
    private static final int SECRET_BYTES = 32;

    private final PushMapper mapper;
    private final PersonalDataProtection protection;
    private final DepartmentService departments;
    private final SecureRandom random = new SecureRandom();

    CredentialService(PushMapper mapper, PersonalDataProtection protection, DepartmentService departments) {
        this.mapper = mapper;
        this.protection = protection;
        this.departments = departments;
    }

    /** A new credential and its secret in plain text: the only time the secret leaves this service. */
    record Issued(ApiCredential credential, String secret) {
    }

    @Transactional(readOnly = true)
    PageResult<ApiCredential> findPage(ApiCredential.Query query, PageQuery page) {
        return new PageResult<>(mapper.findCredentialPage(query, page.offset(), page.size()),
                mapper.countCredentials(query), page);
    }

    @Transactional(readOnly = true)
    ApiCredential findById(long id) {
        return mapper.findCredentialById(id).orElseThrow(() -> new NotFoundException("api credential " + id));
    }

    /** Issues a credential for an enabled department. A department may hold several (key rotation). */
    @Transactional
    Issued issue(long departmentId, String by) {
        if (!departments.findById(departmentId, null).enabled()) {
            throw new BusinessRuleException("submission.credential.departmentDisabled");
        }
        String accessKey = newAccessKey();
        String secret = newSecret();
        mapper.insertCredential(departmentId, accessKey, protection.encryptText(secret), by);
        return new Issued(mapper.findCredentialByAccessKey(accessKey).orElseThrow(), secret);
    }

    /** Revokes at once: the next request signed with it is refused. Revoking a revoked credential is an error. */
    @Transactional
    void revoke(long id, String reason, String by) {
        findById(id);
        if (mapper.updateRevoked(id, reason.strip(), by) == 0) {
            throw new BusinessRuleException("submission.credential.alreadyRevoked");
        }
    }

    @Transactional(readOnly = true)
    Optional<ApiCredential.SigningKey> findSigningKey(String accessKey) {
        return mapper.findSigningKey(accessKey);
    }

    String secretOf(ApiCredential.SigningKey key) {
        return protection.decryptText(key.secretEnc());
    }

    @Transactional
    void recordUse(long id) {
        mapper.updateLastUsed(id);
    }

    private String newAccessKey() {
        StringBuilder key = new StringBuilder("AK");
        for (int i = 0; i < KEY_RANDOM_CHARS; i++) {
            key.append(KEY_ALPHABET[random.nextInt(KEY_ALPHABET.length)]);
        }
        return key.toString();
    }

    private String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
