-- Validation of staged rows: a claim on each row (so jobs on several nodes and shards never take the same row), the
-- outcome, and the problems found (validation_issue, one row per rule broken).
-- Statuses of a staged row: STAGED -> VALIDATING (claimed) -> VALID / WARNED (valid with warnings) / INVALID.

alter table license_staging
    add column claim_token  char(32)    null comment 'the job run that holds the row while validating',
    add column claimed_at   datetime(3) null,
    add column validated_at datetime(3) null,
    add key idx_license_staging_claim (claim_token);

alter table penalty_staging
    add column claim_token  char(32)    null comment 'the job run that holds the row while validating',
    add column claimed_at   datetime(3) null,
    add column validated_at datetime(3) null,
    add key idx_penalty_staging_claim (claim_token);

create table validation_issue (
    id          bigint       not null auto_increment,
    record_type varchar(16)  not null comment 'LICENSE or PENALTY: which staging table staging_id points into',
    staging_id  bigint       not null,
    batch_id    bigint       not null,
    source_row  int          not null comment 'row number in the file, as the clerk sees it',
    rule_code   varchar(64)  not null,
    field_code  varchar(32)  null,
    severity    varchar(8)   not null comment 'ERROR or WARNING',
    message_key varchar(100) not null,
    args_json   varchar(1000) null comment 'message arguments; never an identifier of a person',
    created_at  datetime(3)  not null default current_timestamp(3),
    primary key (id),
    key idx_validation_issue_row (record_type, staging_id),
    key idx_validation_issue_batch (batch_id, severity)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'problems found by validation';
