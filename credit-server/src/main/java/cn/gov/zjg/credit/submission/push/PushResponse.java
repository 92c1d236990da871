package cn.gov.zjg.credit.submission.push;

import java.util.List;

import cn.gov.zjg.credit.submission.RecordType;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to an accepted push call (HTTP 200): the batch the call became and, per record in the order sent,
 * whether it was staged (with its staging row id) or refused (with the reasons). Holds no record values.
 */
@Schema(name = "PushResponse")
record PushResponse(
        @Schema(description = "批次号", example = "XK-20261127-000042") String batchNo,
        RecordType recordType,
        @Schema(description = "收到的记录数") int received,
        @Schema(description = "已接收（进入暂存）的记录数") int accepted,
        @Schema(description = "被拒绝的记录数") int refused,
        List<Result> results) {

    static final String ACCEPTED = "ACCEPTED";
    static final String REFUSED = "REFUSED";

    @Schema(name = "PushRecordResult")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Result(
            @Schema(description = "记录在 records 数组中的下标（从 0 开始）") int index,
            @Schema(allowableValues = {ACCEPTED, REFUSED}) String status,
            @Schema(description = "暂存记录编号（仅 ACCEPTED）") Long stagingId,
            @Schema(description = "拒绝原因（仅 REFUSED）") List<FieldProblem> errors) {

        static Result accepted(int index, long stagingId) {
            return new Result(index, ACCEPTED, stagingId, null);
        }

        static Result refused(int index, List<FieldProblem> errors) {
            return new Result(index, REFUSED, null, errors);
        }
    }

    @Schema(name = "PushFieldProblem")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FieldProblem(
            @Schema(description = "字段代码，如 XK_JDRQ；整条记录的问题时为空", example = "XK_JDRQ") String field,
            @Schema(description = "错误代码", example = "dateUnreadable") String code,
            @Schema(description = "说明", example = "许可决定日期（XK_JDRQ）无法识别为日期，请按 YYYY/MM/DD 填写，例如 2024/05/01。")
            String message) {
    }
}
