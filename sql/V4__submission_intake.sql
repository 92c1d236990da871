-- Department submission (intake): dictionaries for enumerated fields, batches, the original files, staged license and
-- penalty records (national double-publicity data standard 2.0, domain.md §1.3 / §1.4) and per-cell parse errors.
-- Staging keeps what was received, normalised but not yet validated; column comments give the standard's code and name.
-- Staging columns are wider than the standard (validation reports over-length values); identifiers of persons are
-- stored only encrypted (AES-GCM, *_enc) with a keyed hash (HMAC, *_hash) for matching.

create table dictionary_item (
    id         bigint       not null auto_increment,
    dict_code  varchar(32)  not null comment 'XDR_LB, XKLB, CFLB, ZJLX, XK_ZT, CF_ZT',
    item_value varchar(64)  not null comment 'value as written in the data',
    label      varchar(64)  not null,
    sort_order int          not null default 0,
    enabled    tinyint(1)   not null default 1,
    primary key (id),
    unique key uk_dictionary_item (dict_code, item_value)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'enumerations (domain.md decision 2)';

insert into dictionary_item (dict_code, item_value, label, sort_order) values
    ('XDR_LB', '法人及非法人组织', '法人及非法人组织', 1),
    ('XDR_LB', '自然人', '自然人', 2),
    ('XDR_LB', '个体工商户', '个体工商户', 3),
    ('XKLB', '普通', '普通', 1),
    ('XKLB', '特许', '特许', 2),
    ('XKLB', '认可', '认可', 3),
    ('XKLB', '核准', '核准', 4),
    ('XKLB', '登记', '登记', 5),
    ('XKLB', '其他', '其他', 9),
    ('CFLB', '警告', '警告', 1),
    ('CFLB', '通报批评', '通报批评', 2),
    ('CFLB', '罚款', '罚款', 3),
    ('CFLB', '没收违法所得', '没收违法所得', 4),
    ('CFLB', '没收非法财物', '没收非法财物', 5),
    ('CFLB', '暂扣许可证件', '暂扣许可证件', 6),
    ('CFLB', '降低资质等级', '降低资质等级', 7),
    ('CFLB', '吊销许可证件', '吊销许可证件', 8),
    ('CFLB', '限制开展生产经营活动', '限制开展生产经营活动', 9),
    ('CFLB', '责令停产停业', '责令停产停业', 10),
    ('CFLB', '责令关闭', '责令关闭', 11),
    ('CFLB', '限制从业', '限制从业', 12),
    ('CFLB', '行政拘留', '行政拘留', 13),
    ('CFLB', '其他', '其他', 99),
    ('ZJLX', '身份证', '身份证', 1),
    ('ZJLX', '护照号', '护照号', 2),
    ('ZJLX', '港澳居民来往内地通行证', '港澳居民来往内地通行证', 3),
    ('ZJLX', '台湾居民来往大陆通行证', '台湾居民来往大陆通行证', 4),
    ('ZJLX', '外国人永久居留身份证', '外国人永久居留身份证', 5),
    ('XK_ZT', '1', '有效', 1),
    ('XK_ZT', '2', '无效', 2),
    ('CF_ZT', '1', '有效', 1),
    ('CF_ZT', '2', '无效', 2);

create table submission_batch (
    id             bigint        not null auto_increment,
    batch_no       varchar(32)   not null comment 'shown to clerks, e.g. XK-20261127-000042',
    department_id  bigint        not null,
    record_type    varchar(16)   not null comment 'LICENSE or PENALTY',
    channel        varchar(16)   not null comment 'EXCEL, API, CONSOLE',
    status         varchar(16)   not null comment 'READING, STAGED, FAILED',
    file_name      varchar(255)  null,
    file_format    varchar(8)    null comment 'XLSX, XLS, CSV',
    file_size      bigint        null,
    file_sha256    char(64)      null,
    sheet_name     varchar(100)  null,
    rows_total     int           null comment 'approximate, for the progress bar',
    rows_read      int           not null default 0,
    rows_staged    int           not null default 0,
    rows_failed    int           not null default 0,
    failure_reason varchar(255)  null comment 'message key of a batch-level failure',
    idempotency_key varchar(64)  null comment 'push API: retried calls return the original result',
    created_by     varchar(64)   not null,
    created_at     datetime(3)   not null default current_timestamp(3),
    finished_at    datetime(3)   null,
    updated_at     datetime(3)   not null default current_timestamp(3) on update current_timestamp(3),
    primary key (id),
    unique key uk_batch_no (batch_no),
    unique key uk_batch_idempotency (department_id, idempotency_key),
    key idx_batch_department (department_id, created_at),
    unique key uk_batch_file (department_id, record_type, file_sha256) comment 'same file twice is refused',
    constraint fk_batch_department foreign key (department_id) references department (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'intake batches';

-- The original file, encrypted (it may hold personal identifiers), in chunks so no statement nears max_allowed_packet.
create table submission_file_chunk (
    batch_id bigint     not null,
    seq      int        not null,
    content  mediumblob not null,
    primary key (batch_id, seq),
    constraint fk_file_chunk_batch foreign key (batch_id) references submission_batch (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'original uploaded files';

create table license_staging (
    id            bigint         not null auto_increment,
    batch_id      bigint         not null,
    department_id bigint         not null,
    source_row    int            not null comment 'row number in the file (1 = header), or index in the API call',
    channel       varchar(16)    not null,
    status        varchar(16)    not null default 'STAGED' comment 'STAGED; later VALIDATING, VALID, INVALID ...',
    xdr_mc        varchar(255)   null comment 'XK_XDR_MC 行政相对人名称',
    xdr_lb        varchar(64)    null comment 'XK_XDR_LB 行政相对人类别',
    xdr_shxym     varchar(64)    null comment 'XK_XDR_SHXYM 统一社会信用代码',
    xdr_gszc      varchar(64)    null comment 'XK_XDR_GSZC 工商注册号',
    xdr_zzjg      varchar(64)    null comment 'XK_XDR_ZZJG 组织机构代码',
    xdr_swdj      varchar(64)    null comment 'XK_XDR_SWDJ 税务登记号',
    xdr_sydw      varchar(64)    null comment 'XK_XDR_SYDW 事业单位证书号',
    xdr_shzz      varchar(64)    null comment 'XK_XDR_SHZZ 社会组织登记证号',
    frdb          varchar(255)   null comment 'XK_FRDB 法定代表人',
    fr_zjlx       varchar(64)    null comment 'XK_FR_ZJLX 法定代表人证件类型',
    fr_zjhm_enc   varbinary(512) null comment 'XK_FR_ZJHM 法定代表人证件号码, encrypted',
    fr_zjhm_hash  binary(32)     null,
    xdr_zjlx      varchar(64)    null comment 'XK_XDR_ZJLX 证件类型',
    xdr_zjhm_enc  varbinary(512) null comment 'XK_XDR_ZJHM 证件号码, encrypted',
    xdr_zjhm_hash binary(32)     null,
    xkws          varchar(255)   null comment 'XK_XKWS 行政许可决定文书名称',
    wsh           varchar(255)   null comment 'XK_WSH 行政许可决定文书号',
    xklb          varchar(255)   null comment 'XK_XKLB 许可类别',
    xkzs          varchar(255)   null comment 'XK_XKZS 许可证书名称',
    xkbh          varchar(255)   null comment 'XK_XKBH 许可编号',
    nr            text           null comment 'XK_NR 许可内容',
    jdrq          date           null comment 'XK_JDRQ 许可决定日期',
    yxqz          date           null comment 'XK_YXQZ 有效期自',
    yxqzi         date           null comment 'XK_YXQZI 有效期至 (2099-12-31 = long-term)',
    xkjg          varchar(255)   null comment 'XK_XKJG 许可机关',
    xkjgdm        varchar(64)    null comment 'XK_XKJGDM 许可机关统一社会信用代码',
    zt            varchar(64)    null comment 'XK_ZT 当前状态',
    lydw          varchar(255)   null comment 'XK_LYDW 数据来源单位',
    lydwdm        varchar(64)    null comment 'XK_LYDWDM 数据来源单位统一社会信用代码',
    bz            text           null comment 'BZ 备注',
    created_at    datetime(3)    not null default current_timestamp(3),
    primary key (id),
    key idx_license_staging_batch (batch_id, source_row),
    key idx_license_staging_status (status, id),
    key idx_license_staging_dedup (wsh, jdrq),
    constraint fk_license_staging_batch foreign key (batch_id) references submission_batch (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'staged 行政许可 records';

create table penalty_staging (
    id            bigint         not null auto_increment,
    batch_id      bigint         not null,
    department_id bigint         not null,
    source_row    int            not null,
    channel       varchar(16)    not null,
    status        varchar(16)    not null default 'STAGED',
    xdr_mc        varchar(255)   null comment 'CF_XDR_MC 行政相对人名称',
    xdr_lb        varchar(64)    null comment 'CF_XDR_LB 行政相对人类别',
    xdr_shxym     varchar(64)    null comment 'CF_XDR_SHXYM 统一社会信用代码',
    xdr_gszc      varchar(64)    null comment 'CF_XDR_GSZC 工商注册号',
    xdr_zzjg      varchar(64)    null comment 'CF_XDR_ZZJG 组织机构代码',
    xdr_swdj      varchar(64)    null comment 'CF_XDR_SWDJ 税务登记号',
    xdr_sydw      varchar(64)    null comment 'CF_XDR_SYDW 事业单位证书号',
    xdr_shzz      varchar(64)    null comment 'CF_XDR_SHZZ 社会组织登记证号',
    frdb          varchar(255)   null comment 'CF_FRDB 法定代表人',
    fr_zjlx       varchar(64)    null comment 'CF_FR_ZJLX 法定代表人证件类型',
    fr_zjhm_enc   varbinary(512) null comment 'CF_FR_ZJHM 法定代表人证件号码, encrypted',
    fr_zjhm_hash  binary(32)     null,
    xdr_zjlx      varchar(64)    null comment 'CF_XDR_ZJLX 证件类型',
    xdr_zjhm_enc  varbinary(512) null comment 'CF_XDR_ZJHM 证件号码, encrypted',
    xdr_zjhm_hash binary(32)     null,
    wsh           varchar(255)   null comment 'CF_WSH 行政处罚决定书文号',
    wfxw          text           null comment 'CF_WFXW 违法行为类型',
    sy            text           null comment 'CF_SY 违法事实',
    yj            text           null comment 'CF_YJ 处罚依据',
    cflb          varchar(255)   null comment 'CF_CFLB 处罚类别, values separated by ;',
    nr            text           null comment 'CF_NR 处罚内容',
    nr_fk         decimal(18, 6) null comment 'CF_NR_FK 罚款金额（万元）',
    nr_wfff       decimal(18, 6) null comment 'CF_NR_WFFF 没收违法所得、没收非法财物的金额（万元）',
    nr_zkdx       varchar(255)   null comment 'CF_NR_ZKDX 暂扣或吊销证照名称及编号',
    jdrq          date           null comment 'CF_JDRQ 处罚决定日期',
    yxq           date           null comment 'CF_YXQ 处罚有效期',
    gsjzq         date           null comment 'CF_GSJZQ 公示截止期',
    cfjg          varchar(255)   null comment 'CF_CFJG 处罚机关',
    cfjgdm        varchar(64)    null comment 'CF_CFJGDM 处罚机关统一社会信用代码',
    sjly          varchar(255)   null comment 'CF_SJLY 数据来源单位',
    sjlydm        varchar(64)    null comment 'CF_SJLYDM 数据来源单位统一社会信用代码',
    bz            text           null comment 'BZ 备注',
    created_at    datetime(3)    not null default current_timestamp(3),
    primary key (id),
    key idx_penalty_staging_batch (batch_id, source_row),
    key idx_penalty_staging_status (status, id),
    key idx_penalty_staging_dedup (wsh, jdrq),
    constraint fk_penalty_staging_batch foreign key (batch_id) references submission_batch (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'staged 行政处罚 records';

-- One row per unreadable cell. The whole source row is kept (encrypted: it may hold identifiers), so nothing is lost.
create table submission_error (
    id          bigint         not null auto_increment,
    batch_id    bigint         not null,
    source_row  int            not null,
    column_name varchar(100)   null comment 'header as written in the file, or the API field code',
    field_code  varchar(32)    null comment 'standard code, e.g. XK_JDRQ',
    error_code  varchar(64)    not null comment 'message key suffix, e.g. dateUnreadable',
    raw_value   varchar(255)   null comment 'the cell as read, truncated; never an identifier of a person',
    raw_row_enc mediumblob     null comment 'the whole source row as JSON, encrypted',
    primary key (id),
    key idx_submission_error_batch (batch_id, source_row),
    constraint fk_submission_error_batch foreign key (batch_id) references submission_batch (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'intake parse errors';

insert into permission (code, description) values
    ('submission:batch:upload', 'upload Excel/CSV batches for the own department'),
    ('submission:batch:view',   'view batches, staged rows and receipts (submitters: own department only)');

insert into role_permission (role_id, permission_id)
select r.id, p.id from role r join permission p
    on p.code in ('submission:batch:upload', 'submission:batch:view')
where r.code in ('ADMIN', 'SUBMITTER');

insert into role_permission (role_id, permission_id)
select r.id, p.id from role r join permission p on p.code = 'submission:batch:view'
where r.code in ('REVIEWER', 'AUDITOR');
