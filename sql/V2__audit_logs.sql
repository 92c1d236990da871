-- Operation log (what a console user did) and login log (who tried to log in, from where, with what result).
-- Append-only; browsed newest first, so both are indexed on time.

create table operation_log (
    id            bigint        not null auto_increment,
    user_id       bigint        null,
    username      varchar(64)   null,
    department_id bigint        null,
    module        varchar(32)   not null comment 'feature, e.g. department',
    action        varchar(64)   not null comment 'e.g. create, update, disable',
    target        varchar(255)  null comment 'what was acted on (an id or a name), never a personal identifier',
    http_method   varchar(8)    not null,
    uri           varchar(255)  not null,
    ip            varchar(64)   null,
    user_agent    varchar(255)  null,
    success       tinyint(1)    not null,
    http_status   int           not null,
    error         varchar(255)  null comment 'exception class or error code, never a stack trace',
    request_id    varchar(36)   null,
    duration_ms   int           not null,
    created_at    datetime(3)   not null default current_timestamp(3),
    primary key (id),
    key idx_operation_log_time (created_at),
    key idx_operation_log_user (username, created_at),
    key idx_operation_log_module (module, created_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'console operation audit';

create table login_log (
    id          bigint       not null auto_increment,
    username    varchar(64)  not null,
    ip          varchar(64)  null,
    user_agent  varchar(255) null,
    result      varchar(16)  not null comment 'SUCCESS, FAILURE, LOCKED, CAPTCHA, LOGOUT',
    reason      varchar(64)  null,
    created_at  datetime(3)  not null default current_timestamp(3),
    primary key (id),
    key idx_login_log_time (created_at),
    key idx_login_log_user (username, created_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'login attempts';
