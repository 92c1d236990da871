-- The living demo (issue 6): the embedded default loads a fictitious dataset at its first start, through the real
-- intake, validation, review and publication path. One row per dataset: inserting it is the claim, so two nodes
-- starting together load it once; a node that died while loading leaves a LOADING row another node may take over
-- after a while (every step of the load is idempotent). Owned by the demo module; never written in production
-- (credit.demo.enabled is false there).
create table demo_dataset (
    name        varchar(32)  not null comment 'dataset name, e.g. default',
    status      varchar(16)  not null comment 'LOADING, DONE, FAILED',
    node        varchar(128) not null comment 'pid@host of the loading node',
    seed        bigint       not null comment 'generator seed: the same seed gives the same records',
    licenses    int          not null comment 'licenses generated',
    penalties   int          not null comment 'penalties generated',
    started_at  datetime(3)  not null default current_timestamp(3),
    finished_at datetime(3)  null,
    summary     varchar(500) null comment 'what the load did, or why it failed',
    primary key (name)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'demo datasets loaded';
