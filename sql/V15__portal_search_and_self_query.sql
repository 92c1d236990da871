-- Public site (issue 6): the name search index of the legal-person database and the log of natural persons'
-- self-queries.
--
-- Name search must find a subject by a prefix of its name and by a word contained anywhere in it, for Chinese names,
-- on MySQL 8.0 and MariaDB 10.11+ alike. Their full-text parsers differ on Chinese (MySQL's ngram parser vs MariaDB's
-- whitespace tokenizer, which sees a Chinese name as one word), so the platform keeps its own index: every
-- overlapping pair of characters (bigram) of the normalised name (NFKC, upper case, without spaces). A query of two or
-- more characters is answered by intersecting the postings of its bigrams (driven by the rarest, through the primary
-- key) and confirming with LIKE on the candidates; a prefix is answered by idx_legal_subject_name. The portal
-- maintains the index when publication reports a changed subject (event PublicityChanged) and the job
-- rebuildSubjectNameIndex rebuilds it for existing rows.
create table portal_name_token (
    token      varchar(2) character set utf8mb4 collate utf8mb4_bin not null comment 'two characters of the normalised name',
    subject_id bigint     not null comment 'legal_subject.id',
    primary key (token, subject_id),
    key idx_portal_name_token_subject (subject_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin comment = 'bigram index of legal_subject names';

-- One row per self-query (domain.md §6: query logs are kept; decision 8). Never the ID number or the name typed,
-- not even hashed: only when, from where, whom it matched and how it ended.
create table portal_self_query_log (
    id                bigint      not null auto_increment,
    queried_at        datetime(3) not null default current_timestamp(3),
    client_ip         varchar(64) not null,
    natural_person_id bigint      null comment 'the person whose records were shown; null when none were',
    outcome           varchar(16) not null comment 'FOUND, NOT_FOUND, NAME_MISMATCH, BAD_CAPTCHA, INVALID_INPUT',
    primary key (id),
    key idx_self_query_time (queried_at),
    key idx_self_query_person (natural_person_id, queried_at),
    key idx_self_query_ip (client_ip, queried_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci comment = 'natural persons'' self-queries';
