-- Red and black lists (issue 7): the initial list types and sub-types with their measures (administrators change
-- them in the console; sectors add their own), and the permissions of the feature. Reviewing entries uses the
-- review permissions of V13 (review:record:view / review:record:decide).

insert into redblack_list_type (parent_id, kind, code, name, measures, sort_order, updated_by) values
    (null, 'RED', 'SXJL', '守信激励对象',
     '行政审批“绿色通道”，容缺受理\n日常监管中合理降低抽查比例和频次\n财政性资金项目安排、招商引资配套优惠政策中同等条件下优先\n评优评先中同等条件下优先推荐',
     10, 'flyway'),
    (null, 'BLACK', 'YZSX', '严重失信主体名单',
     '列为重点监管对象，提高检查频次\n依法限制参与政府采购、工程招标投标\n依法限制申请财政性资金项目和政策性补贴\n行政许可从严审核，不适用告知承诺制\n限制参加评优评先',
     20, 'flyway');

insert into redblack_list_type (parent_id, kind, code, name, measures, sort_order, updated_by)
select t.id, 'RED', s.code, s.name, s.measures, s.sort_order, 'flyway'
from redblack_list_type t
join (
    select 'CXDX' as code, '诚信典型' as name, '在“信用张家港”网站宣传推介' as measures, 10 as sort_order
    union all select 'NSXYA', '纳税信用A级纳税人', '增值税专用发票按需领用；办税绿色通道', 20
    union all select 'HGGJRZ', '海关高级认证企业', '适用较低查验率；优先办理通关手续', 30
) s
where t.code = 'SXJL';

insert into redblack_list_type (parent_id, kind, code, name, measures, sort_order, updated_by)
select t.id, 'BLACK', s.code, s.name, s.measures, s.sort_order, 'flyway'
from redblack_list_type t
join (
    select 'SCJGYZ' as code, '市场监督管理严重违法失信名单' as name,
           '限制担任法定代表人、负责人；不予授予荣誉称号' as measures, 10 as sort_order
    union all select 'ZDSSWF', '重大税收违法失信主体', '停止出口退税；限制领用发票', 20
    union all select 'TQNMG', '拖欠农民工工资失信联合惩戒对象名单', '限制市场准入、招标投标；限制高消费', 30
    union all select 'AQSCYZ', '安全生产严重失信主体名单', '增加执法检查频次；限制享受财政补贴', 40
    union all select 'HJYZSX', '生态环境严重失信企业', '从严审批新建项目环评；暂停环保专项资金', 50
) s
where t.code = 'YZSX';

insert into permission (code, description) values
    ('redblack:entry:view',      'browse red/black list entries in the console (submitters: own department)'),
    ('redblack:entry:propose',   'propose entries by form, Excel upload or push API'),
    ('redblack:entry:remove',    'remove a published entry early with a reason (submitters: own department)'),
    ('redblack:type:edit',       'maintain list types, sub-types and their measures'),
    ('redblack:exposure:curate', 'pin or hide records on the exposure board'),
    ('redblack:check:run',       'run credit checks (联合奖惩 / 信用核查)');

insert into role_permission (role_id, permission_id)
select r.id, p.id from role r join permission p
    on p.code in ('redblack:entry:view', 'redblack:entry:propose', 'redblack:entry:remove', 'redblack:type:edit',
                  'redblack:exposure:curate', 'redblack:check:run')
where r.code = 'ADMIN';

insert into role_permission (role_id, permission_id)
select r.id, p.id from role r join permission p
    on p.code in ('redblack:entry:view', 'redblack:entry:remove', 'redblack:exposure:curate', 'redblack:check:run')
where r.code = 'REVIEWER';

insert into role_permission (role_id, permission_id)
select r.id, p.id from role r join permission p
    on p.code in ('redblack:entry:view', 'redblack:entry:propose', 'redblack:entry:remove', 'redblack:check:run')
where r.code = 'SUBMITTER';

insert into role_permission (role_id, permission_id)
select r.id, p.id from role r join permission p
    on p.code in ('redblack:entry:view')
where r.code = 'AUDITOR';
