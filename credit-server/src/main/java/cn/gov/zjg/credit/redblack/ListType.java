package cn.gov.zjg.credit.redblack;

import java.util.Arrays;
import java.util.List;

/** A list type ({@code parentId} null) or a sub-type, with the measures that apply to its entries. */
public record ListType(long id, Long parentId, ListKind kind, String code, String name, String measures,
        boolean enabled, int sortOrder) {

    public boolean subtype() {
        return parentId != null;
    }

    /** The measures, one per line of {@code measures}. */
    public List<String> measureList() {
        return measures == null ? List.of()
                : Arrays.stream(measures.split("\\R")).map(String::strip).filter(m -> !m.isEmpty()).toList();
    }
}
