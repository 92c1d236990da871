package cn.gov.zjg.credit.submission;

/** What the batch page polls while a file is read. */
public record BatchProgress(String status, int percent, int rowsRead, int rowsStaged, int rowsFailed,
        Integer rowsTotal) {

    static BatchProgress of(Batch batch) {
        return new BatchProgress(batch.status().name(), batch.percent(), batch.rowsRead(), batch.rowsStaged(),
                batch.rowsFailed(), batch.rowsTotal());
    }
}
