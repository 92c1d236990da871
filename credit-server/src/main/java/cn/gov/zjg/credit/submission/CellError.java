package cn.gov.zjg.credit.submission;

/**
 * A value that could not be read: source row, the column as the sender named it, the field, the error code
 * ({@code submission.error.<code>} in the bundles) and the raw value (masked for identifiers of persons).
 */
public record CellError(int sourceRow, String columnName, String fieldCode, String errorCode, String rawValue) {
}
