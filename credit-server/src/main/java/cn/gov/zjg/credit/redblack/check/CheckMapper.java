package cn.gov.zjg.credit.redblack.check;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CheckMapper {

    List<EntryHit> findEntries(@Param("subjectKeys") Collection<String> subjectKeys);

    List<PenaltyHit> findLegalPenalties(@Param("usccs") Collection<String> usccs, @Param("today") LocalDate today);

    List<PenaltyHit> findNaturalPenalties(@Param("hashes") Collection<byte[]> hashes,
            @Param("today") LocalDate today);

    void insertLog(@Param("channel") String channel, @Param("departmentId") Long departmentId,
            @Param("by") String by, @Param("codes") int codes, @Param("flagged") int flagged,
            @Param("singleCode") String singleCode, @Param("purpose") String purpose);
}
