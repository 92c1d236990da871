-- Red and black lists (issue 7, domain.md §4): list types and sub-types (data, maintained by administrators), the
-- entries departments propose and reviewers approve, every change of an entry as history, the curation of the
-- exposure board (曝光台), uploads with their per-cell problems, and the log of credit checks (联合奖惩 / 信用核查).
--
-- Entry statuses: PENDING (proposed, waiting for review) -> PUBLISHED (approved: public and linked to the subject
-- databases) -> REMOVED (期满 by the redblackLifecycle job, or early: 修复 / 异议成立 / 决定撤销); PENDING -> REJECTED.

-- A list type (parent_id null) or one of its sub-types. kind RED = 守信激励 / 诚信典型, BLACK = 严重失信主体名单.
-- measures: the incentive or punishment measures (联合奖惩措施) a credit check reports, one per line.
create table redblack_list_type (
    id         bigint       not null auto_increment,
    parent_id  bigint       null comment 'the list type of a sub-type; null for a list type',
    kind       varchar(8)   not null comment 'RED or BLACK (a sub-type has its parent''s kind)',
    code       varchar(32)  not null,
    name       varchar(100) not null,
    measures   text         null comment 'measures that apply, one per line',
    enabled    tinyint(1)   not null default 1,
    sort_order int          not null default 0,
    updated_by varchar(64)  null,
    updated_at datetime(3)  not null default current_timestamp(3) on update current_timestamp(3),
    primary key (id),
    unique key uk_redblack_list_type_code (code),
    key idx_redblack_list_type_parent (parent_id, sort_order),
    constraint fk_redblack_list_type_parent foreign key (parent_id) references redblack_list_type (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'red/black list types and sub-types';

-- An Excel upload of entries: how many rows were read, accepted and refused (the refusals in redblack_upload_error).
create table redblack_upload (
    id            bigint       not null auto_increment,
    department_id bigint       not null,
    file_name     varchar(255) not null,
    rows_read     int          not null default 0,
    rows_accepted int          not null default 0,
    rows_refused  int          not null default 0,
    created_by    varchar(64)  not null,
    created_at    datetime(3)  not null default current_timestamp(3),
    primary key (id),
    key idx_redblack_upload_department (department_id, created_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'red/black list uploads';

-- One problem of an uploaded row: the receipt's row, column and reason. raw_value never holds an ID number.
create table redblack_upload_error (
    id          bigint       not null auto_increment,
    upload_id   bigint       not null,
    source_row  int          not null,
    column_name varchar(64)  not null,
    message     varchar(500) not null,
    primary key (id),
    key idx_redblack_upload_error_upload (upload_id, source_row),
    constraint fk_redblack_upload_error_upload foreign key (upload_id) references redblack_upload (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'problems of uploaded rows';

-- An entry (domain.md §4.2 recommended model). A natural person's ID number and full name are stored only encrypted
-- (AES-GCM) with the keyed hash (HMAC) for lookups, as in staging; subject_name holds the masked name for them.
-- subject_key: the USCC (as legal_subject.subject_key), or 'P:' + hex of the ID hash for a natural person.
create table redblack_entry (
    id                 bigint         not null auto_increment,
    department_id      bigint         not null comment 'the proposing department',
    list_type_id       bigint         not null,
    list_subtype_id    bigint         null,
    kind               varchar(8)     not null comment 'RED or BLACK, copied from the list type',
    subject_kind       varchar(8)     not null comment 'LEGAL or NATURAL',
    subject_key        varchar(80)    not null,
    subject_name       varchar(255)   not null comment 'legal person''s name; natural person''s masked name',
    subject_name_enc   varbinary(512) null comment 'natural person''s full name, encrypted',
    uscc               char(18)       null comment '统一社会信用代码 (legal persons)',
    id_type            varchar(64)    null comment '证件类型 (natural persons)',
    id_enc             varbinary(512) null comment '证件号码, encrypted',
    id_hash            binary(32)     null comment 'HMAC-SHA256 of the 证件号码',
    legal_subject_id   bigint         null comment 'legal_subject.id once published',
    natural_person_id  bigint         null comment 'natural_person.id once published',
    reason             text           not null comment '列入原因 / 失信事实',
    legal_basis        text           null comment '认定依据 (required for black list entries)',
    deciding_dept      varchar(255)   not null comment '认定部门',
    deciding_dept_code varchar(18)    null comment '认定部门统一社会信用代码',
    document_no        varchar(255)   not null comment '认定文号',
    listed_on          date           not null comment '列入日期',
    valid_until        date           null comment '有效期至; null = until removed',
    removal_conditions text           null comment '移出条件',
    removed_on         date           null comment '移出日期',
    removal_reason     varchar(24)    null comment 'EXPIRED 期满, REPAIRED 修复, OBJECTION_UPHELD 异议成立, DECISION_REVOKED 决定撤销',
    removal_note       varchar(500)   null,
    source_unit        varchar(255)   not null comment '数据来源单位',
    channel            varchar(8)     not null comment 'FORM, EXCEL or API',
    upload_id          bigint         null,
    source_row         int            null,
    status             varchar(16)    not null comment 'PENDING, REJECTED, PUBLISHED, REMOVED',
    review_reason      varchar(500)   null comment 'the reviewer''s reason of a rejection',
    reviewed_by        varchar(64)    null,
    reviewed_at        datetime(3)    null,
    published_at       datetime(3)    null,
    created_by         varchar(64)    not null,
    created_at         datetime(3)    not null default current_timestamp(3),
    status_changed_at  datetime(3)    not null default current_timestamp(3),
    version            int            not null default 1,
    -- Duplicate rule: one active (proposed or published) entry per list, sub-type, subject and document number.
    active_key         char(64) as (case when status in ('PENDING', 'PUBLISHED')
        then sha2(concat_ws('|', list_type_id, ifnull(list_subtype_id, 0), subject_key, document_no), 256) end) stored,
    primary key (id),
    unique key uk_redblack_entry_active (active_key),
    key idx_redblack_entry_public (kind, status, listed_on, id),
    key idx_redblack_entry_subject (subject_key, status),
    key idx_redblack_entry_legal (legal_subject_id, status),
    key idx_redblack_entry_review (status, department_id, created_at),
    key idx_redblack_entry_expiry (status, valid_until)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'red/black list entries';

-- Every change of an entry: who, when, why (issue 7: every change is history).
create table redblack_entry_history (
    id          bigint       not null auto_increment,
    entry_id    bigint       not null,
    action      varchar(16)  not null comment 'PROPOSE, APPROVE, REJECT, REMOVE, EXPIRE',
    from_status varchar(16)  null,
    to_status   varchar(16)  not null,
    actor       varchar(64)  not null comment 'user, api:<access key>, or job:redblackLifecycle',
    reason      varchar(500) null,
    occurred_at datetime(3)  not null default current_timestamp(3),
    primary key (id),
    key idx_redblack_history_entry (entry_id, occurred_at),
    constraint fk_redblack_history_entry foreign key (entry_id) references redblack_entry (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'history of red/black list entries';

-- The centre's curation of the exposure board: a black list entry or a serious penalty pinned to the top or hidden,
-- always with a reason. record_type ENTRY (redblack_entry.id) or PENALTY (publicity_penalty.id).
create table redblack_exposure_curation (
    id          bigint       not null auto_increment,
    record_type varchar(8)   not null,
    record_id   bigint       not null,
    action      varchar(8)   not null comment 'PIN or HIDE',
    reason      varchar(500) not null,
    curated_by  varchar(64)  not null,
    curated_at  datetime(3)  not null default current_timestamp(3),
    primary key (id),
    unique key uk_redblack_curation_record (record_type, record_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'curation of the exposure board';

-- Every credit check (联合奖惩 / 信用核查): who asked, through which channel, for how many codes, how many were flagged.
-- single_code keeps the single code of a one-subject check (an ID number only as its keyed hash in hex).
create table redblack_check_log (
    id            bigint       not null auto_increment,
    channel       varchar(8)   not null comment 'CONSOLE, EXCEL or API',
    department_id bigint       null,
    checked_by    varchar(64)  not null,
    codes         int          not null,
    flagged       int          not null,
    single_code   varchar(80)  null,
    purpose       varchar(255) null,
    checked_at    datetime(3)  not null default current_timestamp(3),
    primary key (id),
    key idx_redblack_check_time (checked_at),
    key idx_redblack_check_department (department_id, checked_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'credit check log';
