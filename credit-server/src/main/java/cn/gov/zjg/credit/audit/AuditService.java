package cn.gov.zjg.credit.audit;

import cn.hutool.core.util.StrUtil;
import cn.gov.zjg.credit.security.LoginEvent;
import cn.gov.zjg.credit.shared.PageQuery;
import cn.gov.zjg.credit.shared.PageResult;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads the operation and login logs. */
@Service
public class AuditService {

    private final AuditMapper mapper;

    AuditService(AuditMapper mapper) {
        this.mapper = mapper;
    }

    /** Written in its own transaction: the log survives the rollback of the action it records. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(OperationRecord record) {
        mapper.insertOperation(record);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onLogin(LoginEvent event) {
        mapper.insertLogin(new LoginRecord(null, StrUtil.sub(event.username(), 0, 64), event.ip(),
                StrUtil.sub(event.userAgent(), 0, 255), event.result().name(), event.reason(), null));
    }

    @Transactional(readOnly = true)
    public PageResult<OperationRecord> findOperations(AuditQuery query, PageQuery page) {
        return new PageResult<>(mapper.findOperationPage(query, query.getToExclusive(), page.offset(),
                page.size()), mapper.countOperations(query, query.getToExclusive()), page);
    }

    @Transactional(readOnly = true)
    public PageResult<LoginRecord> findLogins(AuditQuery query, PageQuery page) {
        return new PageResult<>(mapper.findLoginPage(query, query.getToExclusive(), page.offset(),
                page.size()), mapper.countLogins(query, query.getToExclusive()), page);
    }

}
