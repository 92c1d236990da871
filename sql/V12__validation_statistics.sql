-- Department statistics of validation (issue 4: lateness counts for the department's statistics): the department of
-- each problem, so counts per department need no join across features.

alter table validation_issue
    add column department_id bigint null comment 'the submitting department of the row' after batch_id,
    add key idx_validation_issue_department (department_id, rule_code, created_at);
