package cn.gov.zjg.credit.subject;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SubjectMapper {

    List<LegalSubject> findLegalPage(@Param("keyword") String keyword, @Param("offset") int offset,
            @Param("size") int size);

    long countLegal(@Param("keyword") String keyword);

    LegalSubject findLegal(@Param("id") long id);

    List<FormerName> findNameHistory(@Param("id") long id);

    List<SubjectRecord> findRecords(@Param("id") long id, @Param("natural") boolean natural);

    List<PersonRow> findPersonPage(@Param("idHash") byte[] idHash, @Param("offset") int offset,
            @Param("size") int size);

    long countPersons(@Param("idHash") byte[] idHash);

    PersonRow findPerson(@Param("id") long id);

    java.util.Map<String, Object> findPersonName(@Param("id") long id);

    int insertAccess(@Param("username") String username, @Param("personId") long personId,
            @Param("purpose") String purpose, @Param("page") String page, @Param("clientIp") String clientIp);

    List<AccessRecord> findAccessPage(@Param("q") AccessQuery query, @Param("offset") int offset,
            @Param("size") int size);

    long countAccess(@Param("q") AccessQuery query);
}
