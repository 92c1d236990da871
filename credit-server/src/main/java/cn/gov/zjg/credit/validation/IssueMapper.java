package cn.gov.zjg.credit.validation;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface IssueMapper {

    void deleteByRows(@Param("recordType") String recordType, @Param("stagingIds") List<Long> stagingIds);

    void insertBatch(@Param("recordType") String recordType, @Param("issues") List<Issue> issues);

    List<Issue> findByBatch(@Param("batchId") long batchId);

    List<java.util.Map<String, Object>> countRowsWithRule(@Param("ruleCode") String ruleCode,
            @Param("scope") Long scopeDepartmentId);

    List<Issue> findByRow(@Param("recordType") String recordType, @Param("stagingId") long stagingId);
}
