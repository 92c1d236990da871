package cn.gov.zjg.credit.redblack;

/** RED: 守信激励对象 / 诚信典型; BLACK: 严重失信主体名单 (domain.md §4.1). */
public enum ListKind {
    RED, BLACK;

    /** The public page of the kind: {@code /redlist} or {@code /blacklist}. */
    public String path() {
        return this == RED ? "/redlist" : "/blacklist";
    }
}
