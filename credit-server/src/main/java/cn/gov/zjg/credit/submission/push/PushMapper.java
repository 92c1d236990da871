package cn.gov.zjg.credit.submission.push;

import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface PushMapper {

    void insertCredential(@Param("departmentId") long departmentId, @Param("accessKey") String accessKey,
            @Param("secretEnc") byte[] secretEnc, @Param("createdBy") String createdBy);

    Optional<ApiCredential> findCredentialById(long id);

    Optional<ApiCredential> findCredentialByAccessKey(String accessKey);

    Optional<ApiCredential.SigningKey> findSigningKey(String accessKey);

    List<ApiCredential> findCredentialPage(@Param("q") ApiCredential.Query query, @Param("offset") int offset,
            @Param("size") int size);

    long countCredentials(@Param("q") ApiCredential.Query query);

    /** Revokes an active credential; 0 when it was not active. */
    int updateRevoked(@Param("id") long id, @Param("reason") String reason, @Param("revokedBy") String revokedBy);

    void updateLastUsed(long id);

    void insertResponse(@Param("batchId") long batchId, @Param("bodySha256") String bodySha256,
            @Param("httpStatus") int httpStatus, @Param("body") String body);

    Optional<StoredResponse> findResponse(long batchId);

    /** A push response as stored for idempotent retries. */
    record StoredResponse(String bodySha256, int httpStatus, String body) {
    }
}
