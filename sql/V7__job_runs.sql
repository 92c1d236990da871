-- Job run log: every execution of a job handler, per node and shard, with a heartbeat the watchdog checks.

create table job_run (
    id             bigint       not null auto_increment,
    job_name       varchar(64)  not null comment 'handler name, e.g. validateSubmissions',
    node           varchar(128) not null comment 'pid@host of the node that ran it',
    shard_index    int          not null,
    shard_total    int          not null,
    `trigger`      varchar(16)  not null comment 'XXL_JOB (admin or executor protocol) or LOCAL (local scheduler)',
    status         varchar(16)  not null comment 'RUNNING, SUCCEEDED, FAILED',
    started_at     datetime(3)  not null default current_timestamp(3),
    heartbeat_at   datetime(3)  not null default current_timestamp(3),
    finished_at    datetime(3)  null,
    rows_processed int          not null default 0,
    rows_failed    int          not null default 0,
    message        varchar(500) null,
    primary key (id),
    key idx_job_run_name (job_name, id),
    key idx_job_run_status (status, heartbeat_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'job run log';

insert into permission (code, description) values
    ('jobs:run:view', 'view the job run log');

insert into role_permission (role_id, permission_id)
select r.id, p.id from role r join permission p on p.code = 'jobs:run:view'
where r.code in ('ADMIN', 'AUDITOR');
