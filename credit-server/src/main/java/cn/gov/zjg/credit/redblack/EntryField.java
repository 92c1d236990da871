package cn.gov.zjg.credit.redblack;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.zjg.credit.submission.HeaderMatcher;

/**
 * The fields of an entry (domain.md §4.2 recommended model) as the Excel template's columns (Chinese header) and the
 * push API's JSON keys (code). Headers are matched as the submission intake matches them
 * ({@link HeaderMatcher#normalize}: spaces, full-width characters, a leading {@code *} and notes in brackets ignored).
 */
public enum EntryField {

    SUBJECT_KIND("ZTLX", "主体类型", true, 16),
    SUBJECT_NAME("ZTMC", "主体名称", true, 200),
    USCC("TYSHXYDM", "统一社会信用代码", false, 18),
    ID_TYPE("ZJLX", "证件类型", false, 64),
    ID_NUMBER("ZJHM", "证件号码", false, 64),
    LIST_TYPE("MDLX", "名单类型", true, 100),
    LIST_SUBTYPE("MDZL", "名单子类", false, 100),
    REASON("LRYY", "列入原因及失信事实", true, 4000),
    LEGAL_BASIS("RDYJ", "认定依据", false, 2000),
    DECIDING_DEPT("RDBM", "认定部门", true, 200),
    DECIDING_DEPT_CODE("RDBMDM", "认定部门统一社会信用代码", false, 18),
    DOCUMENT_NO("RDWH", "认定文号", true, 200),
    LISTED_ON("LRRQ", "列入日期", true, 10),
    VALID_UNTIL("YXQZ", "有效期至", false, 10),
    REMOVAL_CONDITIONS("YCTJ", "移出条件", false, 2000),
    SOURCE_UNIT("SJLYDW", "数据来源单位", false, 200);

    private static final Map<String, EntryField> BY_KEY = Arrays.stream(values()).flatMap(f -> java.util.stream.Stream
            .of(Map.entry(HeaderMatcher.normalize(f.header), f), Map.entry(HeaderMatcher.normalize(f.code), f)))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

    private final String code;
    private final String header;
    private final boolean required;
    private final int maxLength;

    EntryField(String code, String header, boolean required, int maxLength) {
        this.code = code;
        this.header = header;
        this.required = required;
        this.maxLength = maxLength;
    }

    public String code() {
        return code;
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    public int maxLength() {
        return maxLength;
    }

    /** The field a header cell (or JSON key) names, if any. */
    public static Optional<EntryField> byHeader(String header) {
        return header == null ? Optional.empty() : Optional.ofNullable(BY_KEY.get(HeaderMatcher.normalize(header)));
    }

    public static Map<String, EntryField> byCode() {
        return Arrays.stream(values()).collect(Collectors.toMap(EntryField::code, Function.identity()));
    }
}
