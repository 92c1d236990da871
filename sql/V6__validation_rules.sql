-- Validation of staged records (issue 4): per-record-type rule severities, the working-day calendar for the reporting
-- deadline (domain.md decision 7) and the effective-dated publicity-period tiers (decision 5, §3.2).
-- Common subset of MySQL 8.0 and MariaDB 10.11+. V5 belongs to another branch; this file does not depend on it.

-- Rows override the defaults in code (validation.RuleCode); a rule without a row keeps its default severity.
create table validation_rule_setting (
    record_type varchar(16) not null comment 'LICENSE or PENALTY',
    rule_code   varchar(32) not null comment 'validation.RuleCode, e.g. AMOUNT_FINE',
    severity    varchar(8)  not null comment 'ERROR (record refused), WARNING (accepted, flagged) or OFF (not checked)',
    updated_by  varchar(64) not null,
    updated_at  datetime    not null default current_timestamp on update current_timestamp,
    primary key (record_type, rule_code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'administrator overrides of rule severities';

-- Only exceptions are stored: days off that fall on weekdays (and, for readability, the whole holiday span including
-- its weekend days) and make-up working days on weekends. Any other day is a working day from Monday to Friday. A
-- year without rows falls back to plain weekends, so the next year's notice must be added each November.
create table holiday_calendar (
    day  date        not null,
    kind varchar(8)  not null comment 'HOLIDAY: no work (statutory holiday, its bridge days and weekends in the span); WORKDAY: make-up working day (调休上班)',
    name varchar(32) not null comment 'holiday name, e.g. 春节',
    primary key (day)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'statutory holidays and make-up working days';

-- 2025: 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, 2024-11-12), the first year under the
-- revised 全国年节及纪念日放假办法 (春节 and 劳动节 one day longer). Checked against the Xinhua full text.
insert into holiday_calendar (day, kind, name) values
    ('2025-01-01', 'HOLIDAY', '元旦'),
    ('2025-01-26', 'WORKDAY', '春节调休上班'),
    ('2025-01-28', 'HOLIDAY', '春节'),
    ('2025-01-29', 'HOLIDAY', '春节'),
    ('2025-01-30', 'HOLIDAY', '春节'),
    ('2025-01-31', 'HOLIDAY', '春节'),
    ('2025-02-01', 'HOLIDAY', '春节'),
    ('2025-02-02', 'HOLIDAY', '春节'),
    ('2025-02-03', 'HOLIDAY', '春节'),
    ('2025-02-04', 'HOLIDAY', '春节'),
    ('2025-02-08', 'WORKDAY', '春节调休上班'),
    ('2025-04-04', 'HOLIDAY', '清明节'),
    ('2025-04-05', 'HOLIDAY', '清明节'),
    ('2025-04-06', 'HOLIDAY', '清明节'),
    ('2025-04-27', 'WORKDAY', '劳动节调休上班'),
    ('2025-05-01', 'HOLIDAY', '劳动节'),
    ('2025-05-02', 'HOLIDAY', '劳动节'),
    ('2025-05-03', 'HOLIDAY', '劳动节'),
    ('2025-05-04', 'HOLIDAY', '劳动节'),
    ('2025-05-05', 'HOLIDAY', '劳动节'),
    ('2025-05-31', 'HOLIDAY', '端午节'),
    ('2025-06-01', 'HOLIDAY', '端午节'),
    ('2025-06-02', 'HOLIDAY', '端午节'),
    ('2025-09-28', 'WORKDAY', '国庆节调休上班'),
    ('2025-10-01', 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-02', 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-03', 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-04', 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-05', 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-06', 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-07', 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-08', 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-11', 'WORKDAY', '国庆节调休上班');

-- 2026: 国务院办公厅关于2026年部分节假日安排的通知 (dated 2025-11-04, published by Xinhua). Checked against a
-- reprint of the Xinhua text; its document number (国办发明电〔2025〕…号) was not seen, so it is not given here.
insert into holiday_calendar (day, kind, name) values
    ('2026-01-01', 'HOLIDAY', '元旦'),
    ('2026-01-02', 'HOLIDAY', '元旦'),
    ('2026-01-03', 'HOLIDAY', '元旦'),
    ('2026-01-04', 'WORKDAY', '元旦调休上班'),
    ('2026-02-14', 'WORKDAY', '春节调休上班'),
    ('2026-02-15', 'HOLIDAY', '春节'),
    ('2026-02-16', 'HOLIDAY', '春节'),
    ('2026-02-17', 'HOLIDAY', '春节'),
    ('2026-02-18', 'HOLIDAY', '春节'),
    ('2026-02-19', 'HOLIDAY', '春节'),
    ('2026-02-20', 'HOLIDAY', '春节'),
    ('2026-02-21', 'HOLIDAY', '春节'),
    ('2026-02-22', 'HOLIDAY', '春节'),
    ('2026-02-23', 'HOLIDAY', '春节'),
    ('2026-02-28', 'WORKDAY', '春节调休上班'),
    ('2026-04-04', 'HOLIDAY', '清明节'),
    ('2026-04-05', 'HOLIDAY', '清明节'),
    ('2026-04-06', 'HOLIDAY', '清明节'),
    ('2026-05-01', 'HOLIDAY', '劳动节'),
    ('2026-05-02', 'HOLIDAY', '劳动节'),
    ('2026-05-03', 'HOLIDAY', '劳动节'),
    ('2026-05-04', 'HOLIDAY', '劳动节'),
    ('2026-05-05', 'HOLIDAY', '劳动节'),
    ('2026-05-09', 'WORKDAY', '劳动节调休上班'),
    ('2026-06-19', 'HOLIDAY', '端午节'),
    ('2026-06-20', 'HOLIDAY', '端午节'),
    ('2026-06-21', 'HOLIDAY', '端午节'),
    ('2026-09-20', 'WORKDAY', '国庆节调休上班'),
    ('2026-09-25', 'HOLIDAY', '中秋节'),
    ('2026-09-26', 'HOLIDAY', '中秋节'),
    ('2026-09-27', 'HOLIDAY', '中秋节'),
    ('2026-10-01', 'HOLIDAY', '国庆节'),
    ('2026-10-02', 'HOLIDAY', '国庆节'),
    ('2026-10-03', 'HOLIDAY', '国庆节'),
    ('2026-10-04', 'HOLIDAY', '国庆节'),
    ('2026-10-05', 'HOLIDAY', '国庆节'),
    ('2026-10-06', 'HOLIDAY', '国庆节'),
    ('2026-10-07', 'HOLIDAY', '国庆节'),
    ('2026-10-10', 'WORKDAY', '国庆节调休上班');

-- Publicity periods of penalty information by tier (轻微 LIGHT / 一般 GENERAL / 严重 SERIOUS). A decision takes the
-- rule in force on its decision date: the rows with the latest effective_from on or before it. Periods run from the
-- decision date: minimum = earliest end (repair may be requested after it), maximum = publicity stops automatically.
create table publicity_tier_rule (
    id             bigint       not null auto_increment,
    effective_from date         not null,
    tier           varchar(8)   not null comment 'LIGHT 轻微, GENERAL 一般, SERIOUS 严重',
    min_months     int          not null,
    max_months     int          not null,
    published      tinyint(1)   not null default 1 comment '0: not published by default (2026 轻微)',
    source         varchar(255) null comment 'the rule this row comes from',
    primary key (id),
    unique key uk_publicity_tier_rule (effective_from, tier),
    constraint ck_publicity_tier_months check (min_months >= 0 and min_months <= max_months)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'publicity period by tier, effective-dated';

-- domain.md §3.2. Start dates: 2019-07-01 is domain.md's "2019-07" (the exact day of 发改办财金〔2019〕527号 taking
-- effect was not confirmed); 2023-05-01 and 2026-04-01 are the stated effective dates.
-- 2019 knew only 一般 and 严重; 轻微 is given 一般's periods so a 轻微 decision of that time is still published.
-- 2023 (Order 58): 3 months to 3 years for every tier. Its 1-year minimum for 特种设备, 安全生产 and 消防 depends on the
-- field, not the tier, and is not modelled here.
-- The 2025-06-22 policy (国办发〔2025〕22号) is not seeded (decision 5 names 2019, 2023 and 2026); add rows if needed.
insert into publicity_tier_rule (effective_from, tier, min_months, max_months, published, source) values
    ('2019-07-01', 'LIGHT',   3, 12, 1, '发改办财金〔2019〕527号 (no 轻微 tier: treated as 一般)'),
    ('2019-07-01', 'GENERAL', 3, 12, 1, '发改办财金〔2019〕527号'),
    ('2019-07-01', 'SERIOUS', 6, 36, 1, '发改办财金〔2019〕527号'),
    ('2023-05-01', 'LIGHT',   3, 36, 1, '国家发展改革委令第58号 (no tiers)'),
    ('2023-05-01', 'GENERAL', 3, 36, 1, '国家发展改革委令第58号 (no tiers)'),
    ('2023-05-01', 'SERIOUS', 3, 36, 1, '国家发展改革委令第58号 (no tiers)'),
    ('2026-04-01', 'LIGHT',   0, 3,  0, '信用修复管理办法 (2025): not published; at most 3 months if a department publishes'),
    ('2026-04-01', 'GENERAL', 3, 12, 1, '信用修复管理办法 (2025)'),
    ('2026-04-01', 'SERIOUS', 12, 36, 1, '信用修复管理办法 (2025)');

insert into permission (code, description) values
    ('validation:rule:edit', 'switch validation rules between error, warning and off per record type');

insert into role_permission (role_id, permission_id)
select r.id, p.id from role r join permission p on p.code = 'validation:rule:edit'
where r.code = 'ADMIN';
