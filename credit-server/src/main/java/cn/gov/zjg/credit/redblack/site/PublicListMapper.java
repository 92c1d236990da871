package cn.gov.zjg.credit.redblack.site;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface PublicListMapper {

    List<PublicEntry> findPage(@Param("kind") String kind, @Param("q") PublicListQuery query,
            @Param("natural") boolean natural, @Param("limit") int limit);

    PublicEntry findById(@Param("id") long id, @Param("natural") boolean natural);

    /** Pinned entries ({@code pinned}), or the others (hidden ones too with {@code withHidden}), newest first. */
    List<ExposureItem> findExposureEntries(@Param("natural") boolean natural, @Param("pinned") boolean pinned,
            @Param("withHidden") boolean withHidden, @Param("limit") int limit);

    List<ExposureItem> findExposurePenalties(@Param("today") LocalDate today, @Param("natural") boolean natural,
            @Param("pinned") boolean pinned, @Param("withHidden") boolean withHidden, @Param("limit") int limit);

    void upsertCuration(@Param("recordType") String recordType, @Param("recordId") long recordId,
            @Param("action") String action, @Param("reason") String reason, @Param("by") String by);

    int deleteCuration(@Param("recordType") String recordType, @Param("recordId") long recordId);
}
