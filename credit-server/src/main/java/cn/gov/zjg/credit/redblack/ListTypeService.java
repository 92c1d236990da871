package cn.gov.zjg.credit.redblack;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.zjg.credit.shared.BusinessRuleException;
import cn.gov.zjg.credit.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** List types and sub-types with their measures: data an administrator maintains (issue 7), not code. */
@Service
public class ListTypeService {

    private final ListTypeMapper mapper;

    ListTypeService(ListTypeMapper mapper) {
        this.mapper = mapper;
    }

    /** Types, each followed by its sub-types. Small (tens of rows): read whole. */
    @Transactional(readOnly = true)
    public List<ListType> findAll() {
        return mapper.findAll().stream().map(ListTypeMapper.ListTypeRow::toListType).toList();
    }

    @Transactional(readOnly = true)
    public Map<Long, ListType> byId() {
        return findAll().stream().collect(Collectors.toMap(ListType::id, Function.identity()));
    }

    @Transactional(readOnly = true)
    public ListType find(long id) {
        return Optional.ofNullable(mapper.findById(id)).map(ListTypeMapper.ListTypeRow::toListType)
                .orElseThrow(() -> new NotFoundException("list type " + id));
    }

    /** Adds a list type ({@code parentId} null, with its kind) or a sub-type (kind of its parent). */
    @Transactional
    public void create(Long parentId, ListKind kind, String code, String name, String measures, int sortOrder,
            String by) {
        if (mapper.existsByCode(code, null)) {
            throw new BusinessRuleException("redblack.types.codeTaken", code);
        }
        ListKind effective = kind;
        if (parentId != null) {
            ListType parent = find(parentId);
            if (parent.subtype()) {
                throw new BusinessRuleException("redblack.types.parentIsSubtype");
            }
            effective = parent.kind();
        }
        mapper.insert(parentId, effective.name(), code, name, measures, true, sortOrder, by);
    }

    @Transactional
    public void update(long id, String name, String measures, boolean enabled, int sortOrder, String by) {
        if (mapper.update(id, name, measures, enabled, sortOrder, by) == 0) {
            throw new NotFoundException("list type " + id);
        }
    }
}
