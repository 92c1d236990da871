-- Review and publication (issue 5): reviewers' decisions on validated rows, the published double-publicity (双公示)
-- records, the legal-person and natural-person subject databases, the history of every state change, revocation
-- requests, auto-approval policies and the access log of natural persons' unmasked data (domain.md §6, decision 8).
--
-- Staging statuses after validation: VALID / WARNED -> APPROVED (by a reviewer or a policy) -> PUBLISHING (claimed by
-- the publishApproved job, inside its transaction) -> PUBLISHED. A rejected row goes back to INVALID with a
-- REVIEW_REJECTED problem, so it appears in the department's failed-row queue with the reviewer's reason.

alter table license_staging
    add column corrects_id  bigint       null comment 'the published record (publicity_license.id) this row corrects (变更)',
    add column reviewed_by  varchar(64)  null comment 'reviewer, or auto-policy:<id>',
    add column reviewed_at  datetime(3)  null,
    add column published_id bigint       null comment 'publicity_license.id once published',
    add key idx_license_staging_corrects (corrects_id);

alter table penalty_staging
    add column corrects_id  bigint       null comment 'the published record (publicity_penalty.id) this row corrects (变更)',
    add column reviewed_by  varchar(64)  null comment 'reviewer, or auto-policy:<id>',
    add column reviewed_at  datetime(3)  null,
    add column published_id bigint       null comment 'publicity_penalty.id once published',
    add key idx_penalty_staging_corrects (corrects_id);

-- Every review decision, by a person or by a policy (issue 5: every decision is audited).
create table review_decision (
    id            bigint       not null auto_increment,
    record_type   varchar(16)  not null comment 'LICENSE, PENALTY (staging rows) or REVOCATION',
    staging_id    bigint       not null comment 'the staging row, or publicity_revocation.id',
    batch_id      bigint       null,
    department_id bigint       not null,
    decision      varchar(8)   not null comment 'APPROVE or REJECT',
    reason        varchar(500) null comment 'required for REJECT',
    policy_id     bigint       null comment 'auto_approval_policy.id when a policy decided',
    decided_by    varchar(64)  not null,
    decided_at    datetime(3)  not null default current_timestamp(3),
    primary key (id),
    key idx_review_decision_row (record_type, staging_id),
    key idx_review_decision_time (decided_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'review decisions';

-- Administrator-configured auto-approval (e.g. legal-person licenses of one department). Natural-person penalties
-- are never approved by a policy (enforced in code; subject_category '自然人' is refused for PENALTY).
create table auto_approval_policy (
    id               bigint      not null auto_increment,
    department_id    bigint      not null,
    record_type      varchar(16) not null comment 'LICENSE or PENALTY',
    subject_category varchar(64) not null comment '行政相对人类别 the policy covers, e.g. 法人及非法人组织',
    enabled          tinyint(1)  not null default 1,
    created_by       varchar(64) not null,
    created_at       datetime(3) not null default current_timestamp(3),
    updated_at       datetime(3) not null default current_timestamp(3) on update current_timestamp(3),
    primary key (id),
    unique key uk_auto_approval (department_id, record_type, subject_category),
    constraint fk_auto_approval_department foreign key (department_id) references department (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'auto-approval policies';

-- 法人库: legal persons, unincorporated organisations and 个体工商户, keyed by 统一社会信用代码 (or, without a valid
-- code, by a key derived from category and name).
create table legal_subject (
    id                 bigint       not null auto_increment,
    subject_key        varchar(80)  not null comment 'the USCC, or N:<sha-256 of category + name> without a valid code',
    uscc               char(18)     null comment '统一社会信用代码',
    name               varchar(255) not null,
    category           varchar(64)  not null comment '行政相对人类别',
    legal_rep          varchar(255) null comment '法定代表人 (a public field for legal persons)',
    gszc               varchar(64)  null comment '工商注册号',
    zzjg               varchar(64)  null comment '组织机构代码',
    swdj               varchar(64)  null comment '税务登记号',
    sydw               varchar(64)  null comment '事业单位证书号',
    shzz               varchar(64)  null comment '社会组织登记证号',
    first_published_at datetime(3)  not null default current_timestamp(3),
    updated_at         datetime(3)  not null default current_timestamp(3) comment 'data update time shown on the profile',
    primary key (id),
    unique key uk_legal_subject_key (subject_key),
    key idx_legal_subject_uscc (uscc),
    key idx_legal_subject_name (name)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = '法人库';

create table legal_subject_name_history (
    id         bigint       not null auto_increment,
    subject_id bigint       not null,
    name       varchar(255) not null comment 'a former name',
    used_until datetime(3)  not null comment 'when the platform learned the new name',
    staging_id bigint       null comment 'the record that brought the new name',
    primary key (id),
    key idx_name_history_subject (subject_id, used_until),
    constraint fk_name_history_subject foreign key (subject_id) references legal_subject (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'former names of legal subjects';

-- 自然人库: one row per person, found by the keyed hash (HMAC) of the ID number; the number and the full name only
-- encrypted (AES-GCM, key from configuration); the masked name (surname + one * per remaining character) for display.
create table natural_person (
    id          bigint         not null auto_increment,
    id_hash     binary(32)     not null comment 'HMAC-SHA256 of the ID number',
    id_type     varchar(64)    null comment '证件类型',
    id_enc      varbinary(512) not null comment 'ID number, encrypted',
    name_enc    varbinary(512) null comment 'full name, encrypted',
    name_masked varchar(64)    not null,
    created_at  datetime(3)    not null default current_timestamp(3),
    updated_at  datetime(3)    not null default current_timestamp(3),
    primary key (id),
    unique key uk_natural_person_hash (id_hash)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = '自然人库';

-- Published 行政许可. For a natural person, xdr_mc holds the masked name and no identifier is copied: the person is
-- natural_person_id. status: PUBLIC (公示中/有效), INVALID (无效: past its validity or 当前状态 2), REVOKED (已撤销).
create table publicity_license (
    id                bigint         not null auto_increment,
    origin_staging_id bigint         not null comment 'the staging row that first published it',
    staging_id        bigint         not null comment 'the staging row last applied (a correction replaces values)',
    department_id     bigint         not null,
    subject_kind      varchar(8)     not null comment 'LEGAL or NATURAL',
    legal_subject_id  bigint         null,
    natural_person_id bigint         null,
    xdr_mc            varchar(255)   not null,
    xdr_lb            varchar(64)    not null,
    xdr_shxym         varchar(64)    null,
    xdr_gszc          varchar(64)    null,
    xdr_zzjg          varchar(64)    null,
    xdr_swdj          varchar(64)    null,
    xdr_sydw          varchar(64)    null,
    xdr_shzz          varchar(64)    null,
    frdb              varchar(255)   null,
    fr_zjlx           varchar(64)    null,
    fr_zjhm_enc       varbinary(512) null comment 'never public',
    xdr_zjlx          varchar(64)    null,
    xkws              varchar(255)   null,
    wsh               varchar(255)   not null,
    xklb              varchar(255)   null,
    xkzs              varchar(255)   null,
    xkbh              varchar(255)   null,
    nr                text           null,
    jdrq              date           not null,
    yxqz              date           null,
    yxqzi             date           null comment 'valid until; 2099-12-31 = long-term',
    xkjg              varchar(255)   null,
    xkjgdm            varchar(64)    null,
    zt                varchar(64)    null,
    lydw              varchar(255)   null,
    lydwdm            varchar(64)    null,
    bz                text           null,
    status            varchar(16)    not null comment 'PUBLIC, INVALID, REVOKED',
    published_at      datetime(3)    not null default current_timestamp(3),
    status_changed_at datetime(3)    not null default current_timestamp(3),
    version           int            not null default 1 comment 'incremented by each correction',
    primary key (id),
    unique key uk_publicity_license_origin (origin_staging_id),
    key idx_publicity_license_subject (legal_subject_id, status, jdrq),
    key idx_publicity_license_person (natural_person_id, status),
    key idx_publicity_license_list (status, jdrq, id),
    key idx_publicity_license_department (department_id, status, jdrq),
    key idx_publicity_license_expiry (status, yxqzi),
    key idx_publicity_license_wsh (wsh),
    key idx_publicity_license_staging (staging_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'published 行政许可 (双公示)';

-- Published 行政处罚 with its publicity period (domain.md §3.2, decision 5). status: PUBLIC (公示中), NOT_PUBLIC
-- (不予公示: the tier is not published, e.g. 轻微 from 2026-04-01), STOPPED (停止公示 at the maximum end date),
-- REVOKED (已撤销).
create table publicity_penalty (
    id                bigint         not null auto_increment,
    origin_staging_id bigint         not null,
    staging_id        bigint         not null,
    department_id     bigint         not null,
    subject_kind      varchar(8)     not null comment 'LEGAL or NATURAL',
    legal_subject_id  bigint         null,
    natural_person_id bigint         null,
    xdr_mc            varchar(255)   not null,
    xdr_lb            varchar(64)    not null,
    xdr_shxym         varchar(64)    null,
    xdr_gszc          varchar(64)    null,
    xdr_zzjg          varchar(64)    null,
    xdr_swdj          varchar(64)    null,
    xdr_sydw          varchar(64)    null,
    xdr_shzz          varchar(64)    null,
    frdb              varchar(255)   null,
    fr_zjlx           varchar(64)    null,
    fr_zjhm_enc       varbinary(512) null comment 'never public',
    xdr_zjlx          varchar(64)    null,
    wsh               varchar(255)   not null,
    wfxw              text           null,
    sy                text           null,
    yj                text           null,
    cflb              varchar(255)   null,
    nr                text           null,
    nr_fk             decimal(18, 6) null,
    nr_wfff           decimal(18, 6) null,
    nr_zkdx           varchar(255)   null,
    jdrq              date           not null comment 'decision date = publicity start',
    yxq               date           null,
    gsjzq             date           null,
    cfjg              varchar(255)   null,
    cfjgdm            varchar(64)    null,
    sjly              varchar(255)   null,
    sjlydm            varchar(64)    null,
    bz                text           null,
    publicity_tier    varchar(8)     null comment 'LIGHT, GENERAL, SERIOUS',
    publicity_min_end date           null,
    publicity_max_end date           null,
    status            varchar(16)    not null comment 'PUBLIC, NOT_PUBLIC, STOPPED, REVOKED',
    published_at      datetime(3)    not null default current_timestamp(3),
    status_changed_at datetime(3)    not null default current_timestamp(3),
    version           int            not null default 1,
    primary key (id),
    unique key uk_publicity_penalty_origin (origin_staging_id),
    key idx_publicity_penalty_subject (legal_subject_id, status, jdrq),
    key idx_publicity_penalty_person (natural_person_id, status),
    key idx_publicity_penalty_list (status, jdrq, id),
    key idx_publicity_penalty_department (department_id, status, jdrq),
    key idx_publicity_penalty_expiry (status, publicity_max_end),
    key idx_publicity_penalty_wsh (wsh),
    key idx_publicity_penalty_staging (staging_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'published 行政处罚 (双公示)';

-- Every state change of a published record: who, when, why, and for a correction the field differences. What was
-- public on a day D: the records whose latest history row at or before D has to_status PUBLIC.
create table publicity_history (
    id           bigint       not null auto_increment,
    record_type  varchar(16)  not null comment 'LICENSE or PENALTY',
    record_id    bigint       not null,
    action       varchar(16)  not null comment 'PUBLISH, CORRECT, REVOKE, EXPIRE (license), STOP (penalty)',
    from_status  varchar(16)  null,
    to_status    varchar(16)  not null,
    staging_id   bigint       null,
    actor        varchar(64)  not null comment 'user, or job:<name>',
    reason       varchar(500) null,
    changes_json text         null comment 'correction: [{"field": code, "from": old, "to": new}], no identifiers',
    occurred_at  datetime(3)  not null default current_timestamp(3),
    primary key (id),
    key idx_publicity_history_record (record_type, record_id, occurred_at),
    key idx_publicity_history_time (occurred_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'history of published records';

-- A department's request to revoke (撤销) a published record; withdrawn from public view on approval (domain.md §3.1:
-- within 3 days of the decision being changed or revoked).
create table publicity_revocation (
    id              bigint       not null auto_increment,
    record_type     varchar(16)  not null comment 'LICENSE or PENALTY',
    record_id       bigint       not null,
    department_id   bigint       not null,
    reason          varchar(500) not null,
    status          varchar(16)  not null default 'PENDING' comment 'PENDING, APPROVED, REJECTED',
    requested_by    varchar(64)  not null,
    requested_at    datetime(3)  not null default current_timestamp(3),
    due_at          datetime(3)  not null comment 'requested_at + 3 days (the legal limit)',
    decided_by      varchar(64)  null,
    decided_at      datetime(3)  null,
    decision_reason varchar(500) null,
    primary key (id),
    key idx_revocation_status (status, due_at),
    key idx_revocation_record (record_type, record_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'revocation requests (撤销)';

-- Every console read of a natural person's unmasked data (domain.md §6, decision 8): who, when, which person, why.
create table personal_data_access (
    id                bigint       not null auto_increment,
    username          varchar(64)  not null,
    natural_person_id bigint       not null,
    purpose           varchar(255) not null,
    page              varchar(255) not null,
    client_ip         varchar(64)  null,
    accessed_at       datetime(3)  not null default current_timestamp(3),
    primary key (id),
    key idx_personal_data_access_person (natural_person_id, accessed_at),
    key idx_personal_data_access_time (accessed_at),
    key idx_personal_data_access_user (username, accessed_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'natural-person data access log';

insert into permission (code, description) values
    ('review:record:view',        'browse the review queue and review pages'),
    ('review:record:decide',      'approve or reject records and revocations'),
    ('review:policy:edit',        'configure auto-approval policies'),
    ('publicity:record:view',     'browse published records and their history (submitters: own department)'),
    ('publicity:record:revoke',   'request the revocation or correction of the own department''s published records'),
    ('subject:subject:view',      'browse the legal-person and natural-person databases (natural persons masked)'),
    ('subject:person:unmask',     'read a natural person''s unmasked data, with a stated purpose (logged)'),
    ('audit:personal-data:view',  'browse the natural-person data access log');

insert into role_permission (role_id, permission_id)
select r.id, p.id from role r join permission p
    on p.code in ('review:record:view', 'review:record:decide', 'review:policy:edit', 'publicity:record:view',
                  'publicity:record:revoke', 'subject:subject:view', 'subject:person:unmask',
                  'audit:personal-data:view')
where r.code = 'ADMIN';

insert into role_permission (role_id, permission_id)
select r.id, p.id from role r join permission p
    on p.code in ('review:record:view', 'review:record:decide', 'publicity:record:view', 'subject:subject:view',
                  'subject:person:unmask')
where r.code = 'REVIEWER';

insert into role_permission (role_id, permission_id)
select r.id, p.id from role r join permission p
    on p.code in ('publicity:record:view', 'publicity:record:revoke')
where r.code = 'SUBMITTER';

insert into role_permission (role_id, permission_id)
select r.id, p.id from role r join permission p
    on p.code in ('publicity:record:view', 'subject:subject:view', 'audit:personal-data:view')
where r.code = 'AUDITOR';
