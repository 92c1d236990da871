package cn.gov.zjg.credit.publication;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Status changes of published records ({@code LifecycleMapper.xml}); {@code published} is a code constant. */
@Mapper
interface LifecycleMapper {

    List<Long> lockExpiredPenalties(@Param("today") LocalDate today, @Param("shardIndex") int shardIndex,
            @Param("shardTotal") int shardTotal, @Param("limit") int limit);

    List<Long> lockExpiredLicenses(@Param("today") LocalDate today, @Param("shardIndex") int shardIndex,
            @Param("shardTotal") int shardTotal, @Param("limit") int limit);

    int insertHistory(@Param("type") String type, @Param("published") String published,
            @Param("ids") Collection<Long> ids, @Param("action") String action, @Param("fromStatus") String fromStatus,
            @Param("toStatus") String toStatus, @Param("actor") String actor, @Param("reason") String reason);

    int setStatus(@Param("published") String published, @Param("ids") Collection<Long> ids,
            @Param("fromStatus") String fromStatus, @Param("toStatus") String toStatus);

    List<PublicationMapper.ChangedRow> findSubjects(@Param("published") String published,
            @Param("ids") Collection<Long> ids);
}
