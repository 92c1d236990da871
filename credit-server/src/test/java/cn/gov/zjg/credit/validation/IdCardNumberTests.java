package cn.gov.zjg.credit.validation;

import java.time.LocalDate;

import cn.hutool.core.util.IdcardUtil;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GB 11643-1999 (domain.md §2.2, decision 4). Check characters computed independently (a separate script over the
 * weights 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2).
 */
class IdCardNumberTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Test
    void acceptsValidIdNumbers_GB11643() {
        assertThat(IdCardNumber.check("11010519491231002X", TODAY)).isEmpty();
        assertThat(IdCardNumber.check("110101199003074477", TODAY)).isEmpty();
        assertThat(IdCardNumber.check("320582198506121233", TODAY)).isEmpty();
    }

    @Test
    void rejectsIdNumberWithWrongCheckDigit_GB11643() {
        assertThat(IdCardNumber.check("320582198506121234", TODAY)).contains(IdCardNumber.Problem.CHECK_DIGIT);
        assertThat(IdCardNumber.check("110105194912310021", TODAY)).contains(IdCardNumber.Problem.CHECK_DIGIT);
    }

    @Test
    void acceptsOnlyEighteenCharactersWithUpperCaseX_decision4() {
        assertThat(IdCardNumber.check("11010519491231002x", TODAY)).contains(IdCardNumber.Problem.FORMAT);
        assertThat(IdcardUtil.isValidCard18("11010519491231002x")).isTrue(); // what Hutool's lenient default allows
        assertThat(IdCardNumber.check("130503670401001", TODAY)).contains(IdCardNumber.Problem.FORMAT); // 15-digit form
        assertThat(IdCardNumber.check("1101051949123100", TODAY)).contains(IdCardNumber.Problem.FORMAT);
        assertThat(IdCardNumber.check("11010519491231002X ", TODAY)).contains(IdCardNumber.Problem.FORMAT);
        assertThat(IdCardNumber.check(null, TODAY)).contains(IdCardNumber.Problem.FORMAT);
    }

    @Test
    void rejectsUnknownProvinceCode_GB11643() {
        assertThat(IdCardNumber.check("990101199003074470", TODAY)).contains(IdCardNumber.Problem.REGION);
    }

    @Test
    void rejectsBirthDatesThatDoNotExist_GB11643() {
        // 1985-02-30, with a correct check character
        assertThat(IdCardNumber.check("320582198502301237", TODAY)).contains(IdCardNumber.Problem.BIRTH_DATE);
    }

    @Test
    void acceptsRealBirthDatesOnly_notBefore1900NorAfterToday() {
        // correct check characters in all three: only the birth date decides
        assertThat(IdCardNumber.check("320582189912311230", TODAY)).contains(IdCardNumber.Problem.BIRTH_DATE);
        assertThat(IdCardNumber.check("320582190001011235", TODAY)).isEmpty();
        // later this year: Hutool only bounds the year, so this is the validator's own check
        assertThat(IdCardNumber.check("320582202607011235", TODAY)).contains(IdCardNumber.Problem.BIRTH_DATE);
        assertThat(IdCardNumber.check("320582202607011235", LocalDate.of(2026, 7, 1))).isEmpty();
    }

    @Test
    void neverPrintsTheWholeNumber() {
        IdCardNumber id = IdCardNumber.parse("320582198506121233", TODAY);
        assertThat(id).hasToString("320582********1233");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1985, 6, 12));
    }
}
