package cn.gov.zjg.credit.audit;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AuditMapper {

    void insertOperation(OperationRecord record);

    void insertLogin(LoginRecord record);

    // toExclusive is passed on its own: MyBatis reads only the components of a record, not derived getters.
    List<OperationRecord> findOperationPage(@Param("q") AuditQuery query,
            @Param("toExclusive") java.time.LocalDate toExclusive, @Param("offset") int offset, @Param("size") int size);

    long countOperations(@Param("q") AuditQuery query, @Param("toExclusive") java.time.LocalDate toExclusive);

    List<LoginRecord> findLoginPage(@Param("q") AuditQuery query,
            @Param("toExclusive") java.time.LocalDate toExclusive, @Param("offset") int offset, @Param("size") int size);

    long countLogins(@Param("q") AuditQuery query, @Param("toExclusive") java.time.LocalDate toExclusive);
}
