package cn.gov.zjg.credit.submission.push;

import java.nio.charset.StandardCharsets;

import cn.gov.zjg.credit.submission.RecordType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/licenses} and {@code /api/v1/penalties}. The body is taken from the servlet request, not bound
 * by Spring, so that {@link PushRequest} can read it within the size limit and the signature is checked before it is
 * parsed. Headers, request body and every error response are documented by {@link PushOpenApi}.
 */
@RestController
@SignedApi
@Tag(name = "push", description = "部门系统推送行政许可、行政处罚信息（签名见 docs/push-api.md）")
class PushController {

    static final String REMAINING = "X-RateLimit-Remaining";
    static final String REPLAYED = "Idempotent-Replayed";

    private final PushIntake intake;

    PushController(PushIntake intake) {
        this.intake = intake;
    }

    @PostMapping("/api/v1/licenses")
    @Operation(operationId = "pushLicenses", summary = "推送行政许可记录",
            description = "一次最多 credit.push.max-records 条（默认 1000）。每条记录按数据标准 2.0 的字段代码给值；"
                    + "逐条答复：已接收（附暂存编号）或已拒绝（附字段、错误代码和说明）。")
    ResponseEntity<byte[]> licenses(HttpServletRequest request) {
        return reply(intake.receive(RecordType.LICENSE, request));
    }

    @PostMapping("/api/v1/penalties")
    @Operation(operationId = "pushPenalties", summary = "推送行政处罚记录",
            description = "一次最多 credit.push.max-records 条（默认 1000）。每条记录按数据标准 2.0 的字段代码给值；"
                    + "逐条答复：已接收（附暂存编号）或已拒绝（附字段、错误代码和说明）。")
    ResponseEntity<byte[]> penalties(HttpServletRequest request) {
        return reply(intake.receive(RecordType.PENALTY, request));
    }

    private static ResponseEntity<byte[]> reply(PushIntake.Reply reply) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(reply.outcome().status())
                .contentType(MediaType.APPLICATION_JSON)
                .header(REMAINING, String.valueOf(reply.remaining()));
        if (reply.outcome().replayed()) {
            response.header(REPLAYED, "true");
        }
        return response.body(reply.outcome().body().getBytes(StandardCharsets.UTF_8));
    }
}
