package cn.gov.zjg.credit.submission.push;

/** The department behind a correctly signed push call, and the credential it used. */
record ApiCaller(long credentialId, String accessKey, long departmentId, String departmentCode) {

    /** {@code submission_batch.created_by} of its batches. */
    String createdBy() {
        return "api:" + accessKey;
    }
}
