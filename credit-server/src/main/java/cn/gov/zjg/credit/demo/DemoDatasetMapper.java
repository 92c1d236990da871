package cn.gov.zjg.credit.demo;

import java.time.LocalDateTime;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Table {@code demo_dataset} (sql/V18): which demo datasets are loaded, and the claim to load one. */
@Mapper
interface DemoDatasetMapper {

    /** Inserts the LOADING row unless the dataset has one; 1 = this node loads it. */
    int claim(@Param("name") String name, @Param("node") String node, @Param("seed") long seed,
            @Param("licenses") int licenses, @Param("penalties") int penalties);

    /** Takes over a load that failed, or whose node stopped before {@code staleBefore}; 1 = this node loads it. */
    int takeOver(@Param("name") String name, @Param("node") String node, @Param("staleBefore") LocalDateTime staleBefore);

    void finish(@Param("name") String name, @Param("status") String status, @Param("summary") String summary);

    String findStatus(@Param("name") String name);
}
