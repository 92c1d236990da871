package cn.gov.zjg.credit.portal;

import java.util.List;

import cn.gov.zjg.credit.portal.PortalViews.Count;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The normalisation and bigrams of the name index (V15), and the search query rules that need no database. */
class NameTokensTests {

    @Test
    void normalisesFullWidthCaseAndSpaces() {
        assertThat(NameTokens.normalise(" 张家港（保税区）ａｂｃ　贸易 有限公司 ")).isEqualTo("张家港(保税区)ABC贸易有限公司");
    }

    @Test
    void cutsANameIntoDistinctOverlappingPairs() {
        assertThat(NameTokens.bigrams("有限有限公司")).containsExactly("有限", "限有", "限公", "公司");
        assertThat(NameTokens.bigrams("港")).isEmpty();
        assertThat(NameTokens.bigrams("𠀀𠀁港")).containsExactly("𠀀𠀁", "𠀁港"); // characters beyond the BMP count once
    }

    @Test
    void recognisesTheShapeOfACreditCodeOnly() {
        assertThat(SubjectSearch.looksLikeCreditCode(SubjectSearch.normalise("９１３２０５８２ma1mul3q1g"))).isTrue();
        assertThat(SubjectSearch.looksLikeCreditCode("张家港市示例贸易有限公司")).isFalse();
        assertThat(SubjectSearch.looksLikeCreditCode("91320582MA1MUL3Q1")).isFalse();
    }

    @Test
    void likeWildcardsInAQueryMatchThemselves() {
        assertThat(SubjectSearch.escapeLike("100%_\\")).isEqualTo("100\\%\\_\\\\");
    }

    @Test
    void aDecisionWithSeveralPenaltyKindsCountsOnceForEach() {
        // domain.md decision 3: 处罚类别 holds several kinds separated by ';'
        List<Count> kinds = PortalFigures.penaltyKinds(List.of(new Count("罚款;警告", 2), new Count("罚款", 3),
                new Count("", 1)));

        assertThat(kinds).containsExactly(new Count("罚款", 5), new Count("警告", 2));
    }
}
