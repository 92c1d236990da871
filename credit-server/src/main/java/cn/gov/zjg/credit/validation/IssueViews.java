package cn.gov.zjg.credit.validation;

import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.submission.RecordType;
import cn.hutool.json.JSONUtil;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Stored problems as pages show them: row, field name, severity and the message in the user's language. */
@Component
class IssueViews {

    /** One problem, ready to display. */
    record IssueView(int sourceRow, String fieldCode, String fieldName, String severity, String message) {
    }

    private final MessageSource messages;

    IssueViews(MessageSource messages) {
        this.messages = messages;
    }

    List<IssueView> of(List<Issue> issues, RecordType type) {
        Map<String, String> names = new java.util.HashMap<>();
        type.fields().forEach(f -> names.put(f.code(), f.name()));
        return issues.stream().map(i -> new IssueView(i.sourceRow(), i.fieldCode(),
                i.fieldCode() == null ? "-" : names.getOrDefault(i.fieldCode(), i.fieldCode()), i.severity(),
                messages.getMessage(i.messageKey(),
                        JSONUtil.parseArray(i.argsJson() == null ? "[]" : i.argsJson()).toArray(), i.messageKey(),
                        LocaleContextHolder.getLocale()))).toList();
    }
}
