package cn.gov.zjg.credit.submission.push;

import java.time.Clock;
import java.util.regex.Pattern;

import cn.gov.zjg.credit.department.Department;
import cn.gov.zjg.credit.department.DepartmentService;

import org.springframework.stereotype.Component;

/**
 * Authenticates a push call by its signature, before anything in its body is looked at. Order: key known and active,
 * timestamp within the allowed skew, signature (constant-time), then the nonce is recorded, so only a correctly signed
 * request can use up a nonce. The department must be enabled.
 */
@Component
class PushAuthenticator {

    private static final Pattern TIMESTAMP = Pattern.compile("\\d{1,12}");
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final int MAX_KEY_LENGTH = 32;

    private final CredentialService credentials;
    private final DepartmentService departments;
    private final NonceStore nonces;
    private final PushProperties props;
    private final Clock clock;

    PushAuthenticator(CredentialService credentials, DepartmentService departments, NonceStore nonces,
            PushProperties props, Clock clock) {
        this.credentials = credentials;
        this.departments = departments;
        this.nonces = nonces;
        this.props = props;
        this.clock = clock;
    }

    ApiCaller authenticate(PushRequest request) {
        String accessKey = request.accessKey();
        if (accessKey.length() > MAX_KEY_LENGTH) {
            throw new PushProblem(PushError.KEY_UNKNOWN, abbreviate(accessKey));
        }
        // Exact match: the column's collation ignores case, and the nonce is kept per access key as sent, so "ak..."
        // for "AK..." would otherwise let a captured request be replayed under a fresh nonce namespace.
        ApiCredential.SigningKey key = credentials.findSigningKey(accessKey)
                .filter(found -> found.accessKey().equals(accessKey))
                .orElseThrow(() -> new PushProblem(PushError.KEY_UNKNOWN, accessKey));
        if (!key.active()) {
            throw new PushProblem(PushError.KEY_REVOKED, accessKey);
        }
        checkTimestamp(request.timestamp());
        if (!NONCE.matcher(request.nonce()).matches()) {
            throw new PushProblem(PushError.NONCE_INVALID);
        }
        String expected = Signatures.sign(credentials.secretOf(key), request.stringToSign());
        if (!Signatures.matches(expected, request.signature())) {
            throw new PushProblem(PushError.SIGNATURE_INVALID);
        }
        Department department = departments.findById(key.departmentId(), null);
        if (!department.enabled()) {
            throw new PushProblem(PushError.DEPARTMENT_DISABLED, department.name());
        }
        if (!nonces.firstUse(accessKey, request.nonce())) {
            throw new PushProblem(PushError.NONCE_REUSED, request.nonce());
        }
        credentials.recordUse(key.id());
        return new ApiCaller(key.id(), accessKey, department.id(), department.code());
    }

    private void checkTimestamp(String timestamp) {
        if (!TIMESTAMP.matcher(timestamp).matches()) {
            throw new PushProblem(PushError.TIMESTAMP_INVALID);
        }
        long skew = Math.abs(clock.instant().getEpochSecond() - Long.parseLong(timestamp));
        if (skew > props.clockSkew().toSeconds()) {
            throw new PushProblem(PushError.TIMESTAMP_STALE, String.valueOf(props.clockSkew().toSeconds()));
        }
    }

    private static String abbreviate(String value) {
        return value.substring(0, MAX_KEY_LENGTH) + "…";
    }
}
