package cn.gov.zjg.credit.submission;

import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SubmissionMapper {

    /** Enabled values of one dictionary (domain.md decision 2: enumerations are data), in display order. */
    List<String> findDictionaryValues(String dictCode);

    void insertBatch(BatchInsert batch);

    void updateBatchNo(@Param("id") long id, @Param("batchNo") String batchNo);

    Optional<Batch> findBatch(@Param("id") long id, @Param("scope") Long scopeDepartmentId);

    // toExclusive is passed on its own: MyBatis reads only the components of a record, not derived getters.
    List<Batch> findBatchPage(@Param("q") BatchQuery query, @Param("toExclusive") java.time.LocalDate toExclusive,
            @Param("scope") Long scopeDepartmentId, @Param("offset") int offset, @Param("size") int size);

    long countBatches(@Param("q") BatchQuery query, @Param("toExclusive") java.time.LocalDate toExclusive,
            @Param("scope") Long scopeDepartmentId);

    Optional<Batch> findFirstBySha256(@Param("departmentId") long departmentId, @Param("sha256") String sha256,
            @Param("recordType") RecordType recordType);

    Optional<Batch> findByIdempotencyKey(@Param("departmentId") long departmentId, @Param("key") String key);

    void updateProgress(@Param("id") long id, @Param("rowsRead") int rowsRead, @Param("rowsStaged") int rowsStaged,
            @Param("rowsFailed") int rowsFailed);

    void updateRowsTotal(@Param("id") long id, @Param("rowsTotal") Integer rowsTotal,
            @Param("sheetName") String sheetName);

    List<Batch> findStuckReading(@Param("before") java.time.LocalDateTime before);

    int claimStuck(@Param("id") long id, @Param("before") java.time.LocalDateTime before);

    void deleteStaged(@Param("table") String table, @Param("batchId") long batchId);

    void deleteErrors(long batchId);

    void finishBatch(@Param("id") long id, @Param("status") BatchStatus status, @Param("reason") String reason);

    void insertFileChunk(@Param("batchId") long batchId, @Param("seq") int seq, @Param("content") byte[] content);

    int countFileChunks(long batchId);

    StoredChunk findFileChunk(@Param("batchId") long batchId, @Param("seq") int seq);

    /** Value of one staging cell; {@code column} from the catalogue only. */
    Object findStagedValue(@Param("table") String table, @Param("column") String column,
            @Param("batchId") long batchId, @Param("sourceRow") int sourceRow);

    /** Fills blank cells of a merged region with the top row's value; table and column from the catalogue only. */
    int fillStagedColumn(@Param("table") String table, @Param("column") String column, @Param("value") Object value,
            @Param("batchId") long batchId, @Param("fromRow") int fromRow, @Param("toRow") int toRow);

    void insertErrors(@Param("batchId") long batchId, @Param("errors") List<ErrorInsert> errors);

    List<CellError> findErrors(@Param("batchId") long batchId, @Param("offset") int offset, @Param("size") int size);

    long countErrors(long batchId);

    /** A page of a batch's parse errors after {@code afterId}, with the encrypted source row (keyset paging). */
    List<ErrorWithRow> findErrorsWithRows(@Param("batchId") long batchId, @Param("afterId") long afterId,
            @Param("limit") int limit);

    /** One parse error with its whole source row (encrypted JSON). */
    record ErrorWithRow(long id, int sourceRow, String columnName, String fieldCode, String errorCode,
            String rawValue, byte[] rawRowEnc) {
    }

    long countErrorRows(long batchId);

    /** A page of staged rows for display: the few columns that identify a record. Table from the catalogue. */
    List<StagedSummary> findStagedPage(@Param("table") String table, @Param("batchId") long batchId,
            @Param("offset") int offset, @Param("size") int size);

    long countStaged(@Param("table") String table, @Param("batchId") long batchId);

    /** Staging row ids of a batch by source row. Table from the catalogue. */
    List<StagedId> findStagedIds(@Param("table") String table, @Param("batchId") long batchId);

    /** Insert parameter of a batch; MyBatis writes the generated id back. */
    final class BatchInsert {
        Long id;
        final String batchNo;
        final long departmentId;
        final RecordType recordType;
        final Channel channel;
        final BatchStatus status;
        final String fileName;
        final String fileFormat;
        final Long fileSize;
        final String fileSha256;
        final String idempotencyKey;
        final String createdBy;

        BatchInsert(String batchNo, long departmentId, RecordType recordType, Channel channel, BatchStatus status,
                String fileName, String fileFormat, Long fileSize, String fileSha256, String idempotencyKey,
                String createdBy) {
            this.batchNo = batchNo;
            this.departmentId = departmentId;
            this.recordType = recordType;
            this.channel = channel;
            this.status = status;
            this.fileName = fileName;
            this.fileFormat = fileFormat;
            this.fileSize = fileSize;
            this.fileSha256 = fileSha256;
            this.idempotencyKey = idempotencyKey;
            this.createdBy = createdBy;
        }

        public Long getId() { return id; }
        public void setId(Long id) { this.id = id; }
        public String getBatchNo() { return batchNo; }
        public long getDepartmentId() { return departmentId; }
        public RecordType getRecordType() { return recordType; }
        public Channel getChannel() { return channel; }
        public BatchStatus getStatus() { return status; }
        public String getFileName() { return fileName; }
        public String getFileFormat() { return fileFormat; }
        public Long getFileSize() { return fileSize; }
        public String getFileSha256() { return fileSha256; }
        public String getIdempotencyKey() { return idempotencyKey; }
        public String getCreatedBy() { return createdBy; }
    }

    /** One stored chunk of an original file (encrypted). */
    record StoredChunk(byte[] content) {
    }

    /** One parse error row to insert. */
    record ErrorInsert(int sourceRow, String columnName, String fieldCode, String errorCode, String rawValue,
            byte[] rawRowEnc) {
    }
}
