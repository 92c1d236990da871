/**
 * Intake of administrative license (行政许可) and penalty (行政处罚) decisions from departments: Excel/CSV batches and the
 * signed push API, into staging. Nothing is validated against business rules or published here, but nothing sent is
 * lost: every row is traceable from the original file (stored encrypted) to its staging row or its parse error.
 *
 * <p>Owns tables {@code dictionary_item}, {@code submission_batch}, {@code submission_file_chunk},
 * {@code license_staging}, {@code penalty_staging}, {@code submission_error}. Field catalogue: domain.md §1.2–§1.5.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "department", "audit", "jobs"})
package cn.gov.zjg.credit.submission;
