package cn.gov.zjg.credit.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Personal data at rest (domain.md §6, decision 8): identifiers and files that hold them are encrypted with
 * AES-256-GCM, and looked up by a keyed hash (HMAC-SHA256) so equal numbers match without decrypting. Both keys come
 * from configuration ({@code CREDIT_DATA_KEY}, {@code CREDIT_HASH_KEY}); they are never stored in the database or
 * logged.
 */
@Component
@EnableConfigurationProperties(PersonalDataProtection.Keys.class)
public class PersonalDataProtection {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec dataKey;
    private final SecretKeySpec hashKey;
    private final SecureRandom random = new SecureRandom();

    PersonalDataProtection(Keys keys) {
        this.dataKey = new SecretKeySpec(decodeKey(keys.dataKey(), "credit.crypto.data-key"), "AES");
        this.hashKey = new SecretKeySpec(decodeKey(keys.hashKey(), "credit.crypto.hash-key"), "HmacSHA256");
    }

    /** {@code credit.crypto.*}: base64 of 32 random bytes each. No defaults outside the embedded demo and tests. */
    @ConfigurationProperties(prefix = "credit.crypto")
    public record Keys(String dataKey, String hashKey) {
    }

    public byte[] encrypt(byte[] plain) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, dataKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public byte[] decrypt(byte[] ivAndSealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, dataKey, new GCMParameterSpec(TAG_BITS, ivAndSealed, 0, IV_BYTES));
            return cipher.doFinal(ivAndSealed, IV_BYTES, ivAndSealed.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed (wrong key or tampered data)", e);
        }
    }

    /** Encrypts a text value; {@code null} and blank stay {@code null}. */
    public byte[] encryptText(String plain) {
        return plain == null || plain.isBlank() ? null : encrypt(plain.getBytes(StandardCharsets.UTF_8));
    }

    public String decryptText(byte[] sealed) {
        return sealed == null ? null : new String(decrypt(sealed), StandardCharsets.UTF_8);
    }

    /** Keyed hash for lookups and duplicate checks; {@code null} and blank stay {@code null}. */
    public byte[] hash(String plain) {
        if (plain == null || plain.isBlank()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return mac.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("hashing failed", e);
        }
    }

    private static byte[] decodeKey(String base64, String property) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException(property + " is not set: give base64 of 32 random bytes "
                    + "(openssl rand -base64 32); see docs/operations.md");
        }
        byte[] key = Base64.getDecoder().decode(base64.trim());
        if (key.length != 32) {
            throw new IllegalStateException(property + " must be 32 bytes (base64 of 32 random bytes)");
        }
        return key;
    }
}
