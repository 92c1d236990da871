package cn.gov.zjg.credit.department;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.zjg.credit.shared.BusinessRuleException;
import cn.gov.zjg.credit.shared.NotFoundException;
import cn.gov.zjg.credit.shared.PageQuery;
import cn.gov.zjg.credit.shared.PageResult;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitting departments. Reads take the caller's department scope ({@code null} = all departments) and apply it in
 * SQL, so a submitter cannot read another department by guessing its id.
 */
@Service
public class DepartmentService {

    private final DepartmentMapper mapper;

    DepartmentService(DepartmentMapper mapper) {
        this.mapper = mapper;
    }

    @Transactional(readOnly = true)
    public PageResult<Department> findPage(DepartmentQuery query, Long scope, PageQuery page) {
        return new PageResult<>(mapper.findPage(query, scope, page.offset(), page.size()),
                mapper.count(query, scope), page);
    }

    /** The department, if it exists and lies within {@code scope}; otherwise not found. */
    @Transactional(readOnly = true)
    public Department findById(long id, Long scope) {
        return mapper.findById(id, scope).orElseThrow(() -> new NotFoundException("department " + id));
    }

    @Transactional(readOnly = true)
    public Optional<Department> findByCode(String code) {
        return mapper.findByCode(code);
    }

    /** Enabled departments for selection lists, in display order. */
    @Transactional(readOnly = true)
    public List<Department> findEnabled() {
        return mapper.findEnabled();
    }

    /** Names by id of every enabled department, for labelling lists owned by other features. */
    @Transactional(readOnly = true)
    public Map<Long, String> namesById() {
        return mapper.findEnabled().stream().collect(Collectors.toMap(Department::id, Department::name,
                (a, b) -> a));
    }

    @Transactional
    public void create(DepartmentForm form, String by) {
        if (mapper.existsByCodeOrName(form.code(), form.name(), null)) {
            throw new BusinessRuleException("department.form.duplicate", form.code(), form.name());
        }
        mapper.insert(form, by);
    }

    @Transactional
    public void update(long id, DepartmentForm form, String by) {
        findById(id, null);
        if (mapper.existsByCodeOrName(form.code(), form.name(), id)) {
            throw new BusinessRuleException("department.form.duplicate", form.code(), form.name());
        }
        mapper.update(id, form, by);
    }
}
