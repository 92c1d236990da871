package cn.gov.zjg.credit.submission;

/** Intake state of a batch. Validation and review add their own states to the staged rows, not to the batch. */
public enum BatchStatus {
    /** The file is being read in the background; counts grow. */
    READING,
    /** Every row is either staged or recorded as a parse error (rows read = staged + failed). */
    STAGED,
    /** Reading stopped on a file-level problem; see the failure reason. Rows staged so far are kept. */
    FAILED
}
