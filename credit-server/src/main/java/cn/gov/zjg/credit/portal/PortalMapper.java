package cn.gov.zjg.credit.portal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.gov.zjg.credit.portal.PortalViews.Count;
import cn.gov.zjg.credit.portal.PortalViews.DepartmentCount;
import cn.gov.zjg.credit.portal.PortalViews.LicenseDetail;
import cn.gov.zjg.credit.portal.PortalViews.LicenseItem;
import cn.gov.zjg.credit.portal.PortalViews.PenaltyDetail;
import cn.gov.zjg.credit.portal.PortalViews.PenaltyItem;
import cn.gov.zjg.credit.portal.PortalViews.SubjectHit;
import cn.gov.zjg.credit.portal.PortalViews.SubjectProfile;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Read-only public queries over publication's tables (legal_subject, publicity_license, publicity_penalty,
 * natural_person: a cross-feature read for speed, listed in package-info) and the portal's own tables
 * (portal_name_token, portal_self_query_log). Every query of published records applies the public visibility rule.
 */
@Mapper
interface PortalMapper {

    // --- subjects and search

    Optional<SubjectHit> findSubjectByUscc(String uscc);

    Optional<SubjectProfile> findProfileById(long id);

    Optional<String> findUsccById(long id);

    List<SubjectHit> findSubjectsByNamePrefix(@Param("prefix") String likePrefix, @Param("limit") int limit);

    List<SubjectHit> findSubjectsByTokens(@Param("tokens") List<String> tokens, @Param("limit") int limit);

    List<SubjectHit> findSubjectsByIds(@Param("ids") Collection<Long> ids);

    // --- name index (V15)

    record SubjectName(long id, String name) {
    }

    List<SubjectName> lockSubjectNames(@Param("ids") Collection<Long> ids);

    List<SubjectName> findSubjectNamesAfter(@Param("afterId") long afterId, @Param("shardIndex") int shardIndex,
            @Param("shardTotal") int shardTotal, @Param("limit") int limit);

    record Token(String token, long subjectId) {
    }

    int deleteTokens(@Param("ids") Collection<Long> subjectIds);

    int insertTokens(@Param("tokens") List<Token> tokens);

    List<Long> findSubjectIdsOfLicenses(@Param("ids") Collection<Long> licenseIds);

    List<Long> findSubjectIdsOfPenalties(@Param("ids") Collection<Long> penaltyIds);

    // --- profile tabs

    List<LicenseItem> findLicensesOfSubject(@Param("subjectId") long subjectId, @Param("offset") int offset,
            @Param("limit") int limit);

    long countLicensesOfSubject(long subjectId);

    List<PenaltyItem> findPenaltiesOfSubject(@Param("subjectId") long subjectId, @Param("today") LocalDate today,
            @Param("offset") int offset, @Param("limit") int limit);

    long countPenaltiesOfSubject(@Param("subjectId") long subjectId, @Param("today") LocalDate today);

    // --- lists and details

    List<LicenseItem> findLicenses(@Param("f") RecordFilter filter);

    List<PenaltyItem> findPenalties(@Param("f") RecordFilter filter);

    Optional<LicenseDetail> findLicense(@Param("id") long id, @Param("natural") boolean naturalPersons);

    Optional<PenaltyDetail> findPenalty(@Param("id") long id, @Param("natural") boolean naturalPersons,
            @Param("today") LocalDate today);

    // --- home and statistics

    long countSubjects();

    long countLicenses(@Param("natural") boolean naturalPersons);

    long countPenalties(@Param("natural") boolean naturalPersons, @Param("today") LocalDate today);

    long countReportingDepartments(@Param("natural") boolean naturalPersons, @Param("today") LocalDate today);

    List<Count> countLicensesByMonth(@Param("natural") boolean naturalPersons, @Param("since") LocalDate since);

    List<Count> countPenaltiesByMonth(@Param("natural") boolean naturalPersons, @Param("today") LocalDate today,
            @Param("since") LocalDate since);

    List<DepartmentCount> countByDepartment(@Param("natural") boolean naturalPersons, @Param("today") LocalDate today);

    List<Count> countPenaltyCategories(@Param("natural") boolean naturalPersons, @Param("today") LocalDate today);

    // --- self-query (natural persons)

    record PersonRow(long id, byte[] nameEnc, String nameMasked) {
    }

    Optional<PersonRow> findPersonByHash(byte[] idHash);

    List<LicenseItem> findLicensesOfPerson(long personId);

    List<PenaltyItem> findPenaltiesOfPerson(@Param("personId") long personId, @Param("today") LocalDate today);

    void insertSelfQuery(@Param("ip") String clientIp, @Param("personId") Long personId,
            @Param("outcome") String outcome);
}
