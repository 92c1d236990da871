package cn.gov.zjg.credit.submission.push;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The request signature of the push API (docs/push-api.md): lowercase hex HMAC-SHA256, keyed with the UTF-8 bytes of
 * the credential's secret, over
 * {@code METHOD + "\n" + PATH + "\n" + TIMESTAMP + "\n" + NONCE + "\n" + hex(SHA-256(body))}.
 */
final class Signatures {

    private static final HexFormat HEX = HexFormat.of();

    private Signatures() {
    }

    static String stringToSign(String method, String path, String timestamp, String nonce, String bodySha256Hex) {
        return method + "\n" + path + "\n" + timestamp + "\n" + nonce + "\n" + bodySha256Hex;
    }

    static String sign(String secret, String stringToSign) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HEX.formatHex(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    static String sha256Hex(byte[] body) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** Constant-time comparison, so response timing tells nothing about how much of a forged signature was right. */
    static boolean matches(String expectedHex, String givenHex) {
        byte[] expected = expectedHex.getBytes(StandardCharsets.US_ASCII);
        byte[] given = givenHex == null ? new byte[0] : givenHex.getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }
}
