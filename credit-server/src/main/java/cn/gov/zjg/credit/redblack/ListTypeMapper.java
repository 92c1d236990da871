package cn.gov.zjg.credit.redblack;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ListTypeMapper {

    List<ListTypeRow> findAll();

    ListTypeRow findById(@Param("id") long id);

    boolean existsByCode(@Param("code") String code, @Param("exceptId") Long exceptId);

    void insert(@Param("parentId") Long parentId, @Param("kind") String kind, @Param("code") String code,
            @Param("name") String name, @Param("measures") String measures, @Param("enabled") boolean enabled,
            @Param("sortOrder") int sortOrder, @Param("by") String by);

    int update(@Param("id") long id, @Param("name") String name, @Param("measures") String measures,
            @Param("enabled") boolean enabled, @Param("sortOrder") int sortOrder, @Param("by") String by);

    /** The stored row; kind as text. */
    record ListTypeRow(long id, Long parentId, String kind, String code, String name, String measures,
            boolean enabled, int sortOrder) {
        ListType toListType() {
            return new ListType(id, parentId, ListKind.valueOf(kind), code, name, measures, enabled, sortOrder);
        }
    }
}
