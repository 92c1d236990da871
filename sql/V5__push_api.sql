-- Push API (system-to-system intake, issue 3): the departments' API credentials and the stored responses that make a
-- retried call with the same Idempotency-Key return the original result. See docs/push-api.md.

-- One row per issued access key. The secret is needed in plain text to check HMAC signatures, so it is stored
-- encrypted (AES-GCM with the data key, PersonalDataProtection), never hashed and never in plain text. Revoked keys
-- are kept for the record.
create table api_credential (
    id            bigint         not null auto_increment,
    department_id bigint         not null,
    access_key    varchar(32)    not null comment 'sent as X-Credit-Key',
    secret_enc    varbinary(255) not null comment 'HMAC secret, encrypted; shown to the administrator once',
    status        varchar(16)    not null default 'ACTIVE' comment 'ACTIVE or REVOKED',
    created_by    varchar(64)    not null,
    created_at    datetime       not null default current_timestamp,
    revoked_by    varchar(64)    null,
    revoked_at    datetime       null,
    revoke_reason varchar(255)   null,
    last_used_at  datetime       null comment 'last correctly signed request',
    primary key (id),
    unique key uk_api_credential_access_key (access_key),
    key idx_api_credential_department (department_id, status),
    constraint fk_api_credential_department foreign key (department_id) references department (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'push API credentials';

-- The response of a push call, exactly as sent, for idempotent retries. Written in the same transaction as its batch,
-- so a batch with an idempotency key always has its response.
create table push_response (
    batch_id     bigint      not null,
    body_sha256  char(64)    not null comment 'of the request body: a retry must send the same body',
    http_status  smallint    not null,
    body         mediumtext  not null comment 'JSON; holds codes and messages only, no record values',
    created_at   datetime(3) not null default current_timestamp(3),
    primary key (batch_id),
    constraint fk_push_response_batch foreign key (batch_id) references submission_batch (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'push API responses';

insert into permission (code, description) values
    ('submission:credential:manage', 'issue and revoke push API credentials of departments');

insert into role_permission (role_id, permission_id)
select r.id, p.id from role r join permission p on p.code = 'submission:credential:manage'
where r.code = 'ADMIN';
