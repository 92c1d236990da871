package cn.gov.zjg.credit.shared;

import java.util.List;

/** One page of rows plus the total, as the search-toolbar-table pages show it. */
public record PageResult<T>(List<T> rows, long total, PageQuery query) {

    public int totalPages() {
        return (int) Math.max(1, (total + query.size() - 1) / query.size());
    }

    public boolean hasPrevious() {
        return query.page() > 1;
    }

    public boolean hasNext() {
        return query.page() < totalPages();
    }
}
