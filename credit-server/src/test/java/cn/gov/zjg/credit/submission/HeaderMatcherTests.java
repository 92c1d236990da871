package cn.gov.zjg.credit.submission;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderMatcherTests {

    @Test
    void catalogueHoldsEveryFieldOfStandardTwoDotZero() {
        // domain.md §1.3 (28 license fields) and §1.4 (30 penalty fields)
        assertThat(RecordType.LICENSE.fields()).hasSize(28);
        assertThat(RecordType.PENALTY.fields()).hasSize(30);
        assertThat(RecordType.LICENSE.fields()).extracting(FieldDef::column).doesNotHaveDuplicates();
        assertThat(RecordType.PENALTY.fields()).extracting(FieldDef::column).doesNotHaveDuplicates();
    }

    @Test
    void matchesNamesCodesAndLegacyAliasesInAnyOrderDespiteSpacesMarksAndFullWidth() {
        Map<Integer, String> headers = headers("许可类别", " *行政相对人名称 ", "XK_WSH", "ＸＫ＿ＪＤＲＱ", "许可截止期",
                "行政相对人类别（必填）", "备注说明");

        HeaderMatcher.Match match = HeaderMatcher.match(RecordType.LICENSE, headers);

        assertThat(match.columns().values()).extracting(FieldDef::code)
                .containsExactly("XK_XKLB", "XK_XDR_MC", "XK_WSH", "XK_JDRQ", "XK_YXQZI", "XK_XDR_LB");
        assertThat(match.ignored()).containsExactly("备注说明");
    }

    @Test
    void listsMissingMandatoryColumns() {
        HeaderMatcher.Match match = HeaderMatcher.match(RecordType.PENALTY, headers("行政相对人名称"));

        assertThat(match.usable()).isFalse();
        assertThat(match.missing()).extracting(FieldDef::name).contains("行政处罚决定书文号", "处罚类别", "处罚决定日期");
    }

    @Test
    void treatsTwoColumnsForOneFieldAsDuplicatedExceptTheOneDotZeroPenaltyKinds() {
        HeaderMatcher.Match license = HeaderMatcher.match(RecordType.LICENSE, headers("行政相对人名称", "XK_XDR"));
        HeaderMatcher.Match penalty = HeaderMatcher.match(RecordType.PENALTY, headers("CF_CFLB1", "CF_CFLB2"));

        assertThat(license.duplicated()).hasSize(1);
        assertThat(penalty.duplicated()).isEmpty();
    }

    private static Map<Integer, String> headers(String... names) {
        Map<Integer, String> map = new TreeMap<>();
        List<String> list = List.of(names);
        for (int i = 0; i < list.size(); i++) {
            map.put(i, list.get(i));
        }
        return map;
    }
}
