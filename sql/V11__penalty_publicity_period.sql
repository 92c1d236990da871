-- The publicity period of each validated penalty (domain.md §3.2, decision 5): its severity tier (from the penalty
-- kinds unless the department gives one) and the minimum and maximum end dates under the tier rule in force on the
-- decision date. Set by the validation job; publication uses them.

alter table penalty_staging
    add column publicity_tier     varchar(8) null comment 'LIGHT 轻微, GENERAL 一般, SERIOUS 严重',
    add column publicity_min_end  date       null comment 'earliest end of publicity (repair possible from then)',
    add column publicity_max_end  date       null comment 'latest end of publicity: withdrawn from public view then',
    add column publicity_published tinyint(1) null comment '0 when the tier is not published (轻微 from 2026-04-01)';
