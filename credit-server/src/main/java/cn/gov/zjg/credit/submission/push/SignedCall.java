package cn.gov.zjg.credit.submission.push;

import org.springframework.modulith.NamedInterface;

/**
 * A correctly signed call of a department's system, as {@link SignedRequests} authenticated it: the department, the
 * access key it used and the raw body (JSON, within the size limit, not parsed yet).
 */
@NamedInterface("signed-api")
public record SignedCall(long departmentId, String departmentCode, String accessKey, byte[] body) {

    /** Who acted, for history and logs: {@code api:<access key>}. */
    public String actor() {
        return "api:" + accessKey;
    }
}
