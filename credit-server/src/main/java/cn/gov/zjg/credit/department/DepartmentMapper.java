package cn.gov.zjg.credit.department;

import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DepartmentMapper {

    Optional<Department> findById(@Param("id") long id, @Param("scope") Long scopeDepartmentId);

    List<Department> findPage(@Param("q") DepartmentQuery query, @Param("scope") Long scopeDepartmentId,
            @Param("offset") int offset, @Param("size") int size);

    long count(@Param("q") DepartmentQuery query, @Param("scope") Long scopeDepartmentId);

    List<Department> findEnabled();

    Optional<Department> findByCode(String code);

    boolean existsByCodeOrName(@Param("code") String code, @Param("name") String name, @Param("exceptId") Long exceptId);

    void insert(@Param("f") DepartmentForm form, @Param("by") String createdBy);

    void update(@Param("id") long id, @Param("f") DepartmentForm form, @Param("by") String updatedBy);
}
