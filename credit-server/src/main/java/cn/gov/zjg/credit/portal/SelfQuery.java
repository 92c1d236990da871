package cn.gov.zjg.credit.portal;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.gov.zjg.credit.portal.PortalViews.LicenseItem;
import cn.gov.zjg.credit.portal.PortalViews.PenaltyItem;
import cn.gov.zjg.credit.security.PersonalDataProtection;
import cn.gov.zjg.credit.shared.Masking;

import org.springframework.stereotype.Service;

/**
 * 个人信用自查 (domain.md §6, decision 8): a natural person gives name and ID number (and a captcha) and sees their own
 * records in publicity, masked. The person is found by the keyed hash of the ID number in natural_person, and the
 * name must equal the stored (encrypted) name. Every query is logged without the number or the name. A wrong name
 * and an unknown number get the same answer, so the form cannot tell whether a number is known.
 */
@Service
class SelfQuery {

    enum Outcome { FOUND, NOT_FOUND, NAME_MISMATCH, BAD_CAPTCHA, INVALID_INPUT }

    /** What the result page shows: only masked identity and public records. */
    record Result(Outcome outcome, Long personId, String maskedName, String maskedIdNumber,
            List<LicenseItem> licenses, List<PenaltyItem> penalties) {

        static Result of(Outcome outcome) {
            return new Result(outcome, null, null, null, List.of(), List.of());
        }
    }

    private final PortalMapper mapper;
    private final PortalCaptcha captcha;
    private final PersonalDataProtection protection;
    private final Clock clock;

    SelfQuery(PortalMapper mapper, PortalCaptcha captcha, PersonalDataProtection protection, Clock clock) {
        this.mapper = mapper;
        this.captcha = captcha;
        this.protection = protection;
        this.clock = clock;
    }

    Result query(String name, String idNumber, String captchaId, String captchaAnswer, String clientIp) {
        Result result = answer(normalise(name), normalise(idNumber).toUpperCase(Locale.ROOT), captchaId,
                captchaAnswer);
        mapper.insertSelfQuery(clientIp, result.personId(), result.outcome().name());
        return result;
    }

    private Result answer(String name, String idNumber, String captchaId, String captchaAnswer) {
        if (name.isEmpty() || name.length() > 64 || idNumber.isEmpty() || idNumber.length() > 64) {
            return Result.of(Outcome.INVALID_INPUT);
        }
        if (!captcha.verify(captchaId, captchaAnswer)) {
            return Result.of(Outcome.BAD_CAPTCHA);
        }
        var person = mapper.findPersonByHash(protection.hash(idNumber)).orElse(null);
        if (person == null) {
            return Result.of(Outcome.NOT_FOUND);
        }
        String stored = person.nameEnc() == null ? null : normalise(protection.decryptText(person.nameEnc()));
        if (!name.equals(stored)) {
            return Result.of(Outcome.NAME_MISMATCH);
        }
        LocalDate today = LocalDate.now(clock);
        return new Result(Outcome.FOUND, person.id(), Masking.personName(stored), Masking.idNumber(idNumber),
                mapper.findLicensesOfPerson(person.id()), mapper.findPenaltiesOfPerson(person.id(), today));
    }

    /** NFKC (full-width to half-width), without surrounding or inner white space. */
    private static String normalise(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
