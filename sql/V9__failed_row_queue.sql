-- The failed-row queue (疑问数据): a row that failed validation is fixed online (and validated again) or ignored with a
-- reason; nothing is dropped silently. Status IGNORED keeps the row, who ignored it, when and why.

alter table license_staging
    add column ignore_reason varchar(255) null comment 'why the department set the row aside (status IGNORED)',
    add column ignored_by    varchar(64)  null,
    add column ignored_at    datetime(3)  null,
    add column fixed_by      varchar(64)  null comment 'last online correction',
    add column fixed_at      datetime(3)  null,
    add key idx_license_staging_department (department_id, status, id);

alter table penalty_staging
    add column ignore_reason varchar(255) null comment 'why the department set the row aside (status IGNORED)',
    add column ignored_by    varchar(64)  null,
    add column ignored_at    datetime(3)  null,
    add column fixed_by      varchar(64)  null comment 'last online correction',
    add column fixed_at      datetime(3)  null,
    add key idx_penalty_staging_department (department_id, status, id);

insert into permission (code, description) values
    ('validation:row:fix', 'correct or ignore the own department''s rows that failed validation');

insert into role_permission (role_id, permission_id)
select r.id, p.id from role r join permission p on p.code = 'validation:row:fix'
where r.code in ('ADMIN', 'SUBMITTER');
