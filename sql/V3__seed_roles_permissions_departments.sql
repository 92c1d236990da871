-- Reference data every deployment needs: the four starting roles, their permission strings, and the city's
-- submitting departments. Users are not seeded here: production creates its first administrator from
-- CREDIT_BOOTSTRAP_ADMIN_PASSWORD, the embedded demo creates the demo accounts (see README).

insert into role (code, name, data_scope, description) values
    ('ADMIN',     '系统管理员',     'ALL',        'system administrator'),
    ('REVIEWER',  '信用中心审核员', 'ALL',        'credit center reviewer'),
    ('SUBMITTER', '部门报送员',     'DEPARTMENT', 'department submitter, scoped to its own department'),
    ('AUDITOR',   '审计员',         'ALL',        'read-only audit');

insert into permission (code, description) values
    ('console:home:view',          'open the console'),
    ('department:department:view', 'view departments (submitters: their own only)'),
    ('department:department:edit', 'create and edit departments'),
    ('user:account:view',          'view console users'),
    ('user:account:edit',          'create, edit, disable users and reset passwords'),
    ('audit:operation:view',       'browse the operation log'),
    ('audit:login:view',           'browse the login log'),
    ('system:monitor:view',        'read actuator metrics');

-- ADMIN: everything.
insert into role_permission (role_id, permission_id)
select r.id, p.id from role r cross join permission p where r.code = 'ADMIN';

insert into role_permission (role_id, permission_id)
select r.id, p.id from role r join permission p
    on p.code in ('console:home:view', 'department:department:view')
where r.code in ('REVIEWER', 'SUBMITTER');

insert into role_permission (role_id, permission_id)
select r.id, p.id from role r join permission p
    on p.code in ('console:home:view', 'department:department:view', 'user:account:view',
                  'audit:operation:view', 'audit:login:view')
where r.code = 'AUDITOR';

insert into department (code, name, short_name, sort_order) values
    ('scjg', '张家港市市场监督管理局',             '市场监管局',     10),
    ('sw',   '国家税务总局张家港市税务局',         '税务局',         20),
    ('sthj', '苏州市张家港生态环境局',             '生态环境局',     30),
    ('zjj',  '张家港市住房和城乡建设局',           '住建局',         40),
    ('jtj',  '张家港市交通运输局',                 '交通运输局',     50),
    ('wjw',  '张家港市卫生健康委员会',             '卫健委',         60),
    ('yjj',  '张家港市应急管理局',                 '应急管理局',     70),
    ('cgj',  '张家港市城市管理局',                 '城管局',         80),
    ('rsj',  '张家港市人力资源和社会保障局',       '人社局',         90),
    ('nyj',  '张家港市农业农村局',                 '农业农村局',     100),
    ('slj',  '张家港市水务局',                     '水务局',         110),
    ('wlj',  '张家港市文体广电和旅游局',           '文体旅局',       120),
    ('jyj',  '张家港市教育局',                     '教育局',         130),
    ('gaj',  '张家港市公安局',                     '公安局',         140),
    ('zrj',  '苏州市自然资源和规划局张家港市分局', '自然资源规划局', 150),
    ('fgw',  '张家港市发展和改革委员会',           '发改委',         160),
    ('sfj',  '张家港市司法局',                     '司法局',         170),
    ('mzj',  '张家港市民政局',                     '民政局',         180),
    ('swj',  '张家港市商务局',                     '商务局',         190),
    ('ybj',  '张家港市医疗保障局',                 '医保局',         200),
    ('spj',  '张家港市行政审批局',                 '行政审批局',     210),
    ('gxj',  '张家港市工业和信息化局',             '工信局',         220),
    ('tjj',  '张家港市统计局',                     '统计局',         230),
    ('xf',   '张家港市消防救援大队',               '消防救援大队',   240),
    ('fy',   '张家港市人民法院',                   '人民法院',       250);
