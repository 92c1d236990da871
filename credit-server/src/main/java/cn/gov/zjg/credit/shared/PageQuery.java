package cn.gov.zjg.credit.shared;

/**
 * Page request for console lists: 1-based page number and a bounded size, so no request can ask for everything.
 */
public record PageQuery(int page, int size) {

    public static final int MAX_SIZE = 100;

    public PageQuery {
        page = Math.max(page, 1);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }

    public static PageQuery of(Integer page, Integer size) {
        return new PageQuery(page == null ? 1 : page, size == null ? 20 : size);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
