package cn.gov.zjg.credit.subject;

import java.util.List;

import cn.gov.zjg.credit.security.PersonalDataProtection;
import cn.gov.zjg.credit.shared.BusinessRuleException;
import cn.gov.zjg.credit.shared.Masking;
import cn.gov.zjg.credit.shared.NotFoundException;
import cn.gov.zjg.credit.shared.PageQuery;
import cn.gov.zjg.credit.shared.PageResult;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The legal-person and natural-person databases in the console. Natural persons are shown masked; the unmasked ID
 * number and name are read only with a stated purpose, and every such read is logged (domain.md §6, decision 8).
 */
@Service
public class SubjectService {

    private final SubjectMapper mapper;
    private final PersonalDataProtection protection;

    SubjectService(SubjectMapper mapper, PersonalDataProtection protection) {
        this.mapper = mapper;
        this.protection = protection;
    }

    @Transactional(readOnly = true)
    public PageResult<LegalSubject> findLegal(String keyword, PageQuery page) {
        String q = keyword == null ? null : keyword.strip();
        return new PageResult<>(mapper.findLegalPage(q, page.offset(), page.size()), mapper.countLegal(q), page);
    }

    @Transactional(readOnly = true)
    public LegalSubject legal(long id) {
        LegalSubject subject = mapper.findLegal(id);
        if (subject == null) {
            throw new NotFoundException("legal subject " + id);
        }
        return subject;
    }

    @Transactional(readOnly = true)
    public List<FormerName> formerNames(long id) {
        return mapper.findNameHistory(id);
    }

    @Transactional(readOnly = true)
    public List<SubjectRecord> records(long id, boolean natural) {
        return mapper.findRecords(id, natural);
    }

    /** Natural persons, masked; {@code idNumber} finds one person by the keyed hash (never by a stored number). */
    @Transactional(readOnly = true)
    public PageResult<PersonView> findPersons(String idNumber, PageQuery page) {
        byte[] hash = idNumber == null || idNumber.isBlank() ? null : protection.hash(idNumber.strip().toUpperCase());
        return new PageResult<>(mapper.findPersonPage(hash, page.offset(), page.size()).stream().map(this::masked)
                .toList(), mapper.countPersons(hash), page);
    }

    @Transactional(readOnly = true)
    public PersonView person(long id) {
        return masked(find(id));
    }

    /** The unmasked ID number and name, logged with who, which person, why and where, in the same transaction. */
    @Transactional
    public PersonView unmask(long id, String purpose, String username, String page, String clientIp) {
        if (purpose == null || purpose.isBlank()) {
            throw new BusinessRuleException("subject.unmask.purposeRequired");
        }
        if (purpose.strip().length() > 255) {
            throw new BusinessRuleException("subject.unmask.purposeTooLong", 255);
        }
        PersonRow row = find(id);
        mapper.insertAccess(username, id, purpose.strip(), page, clientIp);
        java.util.Map<String, Object> stored = mapper.findPersonName(id);
        byte[] name = stored == null ? null : (byte[]) stored.get("name_enc");
        return new PersonView(row.id(), row.idType(), protection.decryptText(row.idEnc()),
                name == null ? row.nameMasked() : protection.decryptText(name), true, row.createdAt(),
                row.updatedAt());
    }

    @Transactional(readOnly = true)
    public PageResult<AccessRecord> accessLog(AccessQuery query, PageQuery page) {
        return new PageResult<>(mapper.findAccessPage(query, page.offset(), page.size()), mapper.countAccess(query),
                page);
    }

    private PersonRow find(long id) {
        PersonRow row = mapper.findPerson(id);
        if (row == null) {
            throw new NotFoundException("natural person " + id);
        }
        return row;
    }

    private PersonView masked(PersonRow row) {
        return new PersonView(row.id(), row.idType(), Masking.idNumber(protection.decryptText(row.idEnc())),
                row.nameMasked(), false, row.createdAt(), row.updatedAt());
    }
}
