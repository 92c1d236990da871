-- Platform foundation: submitting departments, console users, roles and permissions.
-- Common subset of MySQL 8.0 and MariaDB 10.11+; utf8mb4 everywhere; times are Asia/Shanghai wall-clock DATETIMEs
-- (the connection forces the session time zone).

create table department (
    id          bigint       not null auto_increment,
    code        varchar(32)  not null comment 'short stable code, e.g. scjg',
    name        varchar(100) not null comment 'full Chinese name',
    short_name  varchar(50)  not null,
    credit_code char(18)     null comment '统一社会信用代码 of the department itself',
    sort_order  int          not null default 0,
    enabled     tinyint(1)   not null default 1,
    created_at  datetime     not null default current_timestamp,
    created_by  varchar(64)  null,
    updated_at  datetime     not null default current_timestamp on update current_timestamp,
    updated_by  varchar(64)  null,
    primary key (id),
    unique key uk_department_code (code),
    unique key uk_department_name (name)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'submitting departments';

create table user_account (
    id                  bigint       not null auto_increment,
    username            varchar(64)  not null,
    display_name        varchar(64)  not null,
    password_hash       varchar(255) not null comment 'Shiro 2 DefaultPasswordService (argon2id / bcrypt), never MD5/SHA',
    department_id       bigint       null comment 'set for department submitters: their data scope',
    enabled             tinyint(1)   not null default 1,
    password_changed_at datetime     null,
    last_login_at       datetime     null,
    last_login_ip       varchar(64)  null,
    created_at          datetime     not null default current_timestamp,
    created_by          varchar(64)  null,
    updated_at          datetime     not null default current_timestamp on update current_timestamp,
    updated_by          varchar(64)  null,
    primary key (id),
    unique key uk_user_username (username),
    key idx_user_department (department_id),
    constraint fk_user_department foreign key (department_id) references department (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'console users';

create table role (
    id          bigint       not null auto_increment,
    code        varchar(32)  not null comment 'ADMIN, REVIEWER, SUBMITTER, AUDITOR, ...',
    name        varchar(50)  not null,
    data_scope  varchar(16)  not null default 'ALL' comment 'ALL, or DEPARTMENT: only the user''s own department',
    description varchar(255) null,
    primary key (id),
    unique key uk_role_code (code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'roles';

create table permission (
    id          bigint       not null auto_increment,
    code        varchar(100) not null comment '<feature>:<resource>:<action>',
    description varchar(255) null,
    primary key (id),
    unique key uk_permission_code (code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'permission strings';

create table role_permission (
    role_id       bigint not null,
    permission_id bigint not null,
    primary key (role_id, permission_id),
    constraint fk_role_permission_role foreign key (role_id) references role (id),
    constraint fk_role_permission_permission foreign key (permission_id) references permission (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table user_role (
    user_id bigint not null,
    role_id bigint not null,
    primary key (user_id, role_id),
    key idx_user_role_role (role_id),
    constraint fk_user_role_user foreign key (user_id) references user_account (id),
    constraint fk_user_role_role foreign key (role_id) references role (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
