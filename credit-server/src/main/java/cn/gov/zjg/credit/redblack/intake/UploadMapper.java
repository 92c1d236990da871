package cn.gov.zjg.credit.redblack.intake;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface UploadMapper {

    void insert(@Param("departmentId") long departmentId, @Param("fileName") String fileName,
            @Param("by") String by, @Param("key") UploadId key);

    void finish(@Param("id") long id, @Param("read") int read, @Param("accepted") int accepted,
            @Param("refused") int refused);

    void insertErrors(@Param("uploadId") long uploadId, @Param("errors") List<UploadError> errors);

    Upload findById(@Param("id") long id, @Param("scope") Long scope);

    List<Upload> findRecent(@Param("scope") Long scope, @Param("limit") int limit);

    List<UploadError> findErrors(@Param("uploadId") long uploadId);

    record Upload(long id, long departmentId, String fileName, int rowsRead, int rowsAccepted, int rowsRefused,
            String createdBy, LocalDateTime createdAt) {
    }

    record UploadError(int sourceRow, String columnName, String message) {
    }

    final class UploadId {
        private Long id;

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }
    }
}
