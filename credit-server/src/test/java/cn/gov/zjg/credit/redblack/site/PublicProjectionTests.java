package cn.gov.zjg.credit.redblack.site;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.department.DepartmentService;
import cn.gov.zjg.credit.redblack.EntryDraft;
import cn.gov.zjg.credit.redblack.EntryField;
import cn.gov.zjg.credit.redblack.EntryService;
import cn.gov.zjg.credit.redblack.EntryValidator;
import cn.gov.zjg.credit.redblack.RedBlackFixtures;
import cn.gov.zjg.credit.support.CreditIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the public queries return for a natural person when {@code credit.redblack.natural-person-listing} is on
 * (domain.md §6, decision 8): the masked name only, no identifier of any kind; and nothing when it is off.
 */
@CreditIntegrationTest
class PublicProjectionTests {

    @Autowired
    PublicListMapper mapper;

    @Autowired
    EntryValidator validator;

    @Autowired
    EntryService entries;

    @Autowired
    DepartmentService departments;

    @Test
    void naturalPersonIsListedOnlyWithTheSwitchAndThenOnlyMasked() {
        String idNumber = RedBlackFixtures.idNumber();
        Map<EntryField, String> v = new EnumMap<>(EntryField.class);
        v.put(EntryField.SUBJECT_KIND, "自然人");
        v.put(EntryField.SUBJECT_NAME, "司马测试");
        v.put(EntryField.ID_NUMBER, idNumber);
        v.put(EntryField.LIST_TYPE, "YZSX");
        v.put(EntryField.REASON, "拖欠农民工工资（测试）");
        v.put(EntryField.LEGAL_BASIS, "《保障农民工工资支付条例》第四十八条");
        v.put(EntryField.DECIDING_DEPT, "张家港市人力资源和社会保障局");
        v.put(EntryField.DOCUMENT_NO, "张人社失〔2026〕P" + idNumber.substring(12) + "号");
        v.put(EntryField.LISTED_ON, LocalDate.now().minusDays(1).toString());
        var checked = validator.validate(List.of(new EntryDraft(0, v)), "人社局").get(0);
        long id = entries.propose(new EntryService.Proposal(departments.findByCode("rsj").orElseThrow().id(), "FORM",
                null, "test"), List.of(checked.entry())).ids().get(0);
        entries.approve(List.of(id), "reviewer");

        PublicEntry shown = mapper.findById(id, true);
        assertThat(shown.subjectName()).isEqualTo("司***");
        assertThat(shown.uscc()).isNull();
        assertThat(shown.toString()).doesNotContain(idNumber).doesNotContain("司马测试");
        assertThat(mapper.findById(id, false)).isNull();
        assertThat(mapper.findExposureEntries(true, false, false, 1000)).anySatisfy(i -> {
            assertThat(i.id()).isEqualTo(id);
            assertThat(i.subjectName()).isEqualTo("司***");
            assertThat(i.code()).isNull();
        });
        assertThat(mapper.findExposureEntries(false, false, false, 1000)).noneMatch(i -> i.id() == id);
    }
}
