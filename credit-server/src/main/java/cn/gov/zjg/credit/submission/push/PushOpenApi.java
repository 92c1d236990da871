package cn.gov.zjg.credit.submission.push;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import cn.gov.zjg.credit.submission.FieldDef;
import cn.gov.zjg.credit.submission.RecordType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The push API's OpenAPI description ({@code /v3/api-docs}): record schemas generated from the field catalogue of
 * {@link RecordType} (so they cannot drift from what is accepted), the signature headers, and one response per
 * status with the {@code code}s of {@link PushError} it can carry.
 */
@Configuration(proxyBeanMethods = false)
class PushOpenApi {

    private static final String PROBLEM = "Problem";
    private static final String REF = "#/components/schemas/";

    @Bean
    OpenApiCustomizer pushApiDocumentation(PushProperties props) {
        return openApi -> {
            openApi.info(new Info().title("信用张家港 推送接口").version("v1")
                    .description("部门系统向信用张家港推送行政许可、行政处罚信息（双公示数据标准 2.0）。每个请求须用部门的访问密钥签名："
                            + "X-Credit-Signature = hex(HMAC-SHA256(secret, METHOD\\nPATH\\nTIMESTAMP\\nNONCE\\nhex(SHA-256(body))))。"
                            + "完整说明与计算示例见 docs/push-api.md。"));
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.components(components);
            ModelConverters.getInstance().readAll(PushResponse.class).forEach(components::addSchemas);
            components.addSchemas(PROBLEM, problemSchema());
            for (RecordType type : RecordType.values()) {
                components.addSchemas(recordSchemaName(type), recordSchema(type));
                components.addSchemas(pushSchemaName(type), new ObjectSchema().addRequiredItem("records")
                        .addProperty("records", new ArraySchema().items(new Schema<>().$ref(REF + recordSchemaName(type)))
                                .minItems(1).maxItems(props.maxRecords())));
            }
            if (openApi.getPaths() != null) {
                openApi.getPaths().forEach((path, item) -> {
                    if (path.startsWith("/api/v1/") && item.getPost() != null) {
                        document(item.getPost(), path.endsWith("/licenses") ? RecordType.LICENSE : RecordType.PENALTY,
                                props);
                    }
                });
            }
        };
    }

    private static void document(Operation operation, RecordType type, PushProperties props) {
        operation.setParameters(null);
        operation.addParametersItem(header(PushRequest.KEY, true, "访问密钥（控制台签发）", "AK7Q2MZ4XW5RJ3NBT6KD2F"));
        operation.addParametersItem(header(PushRequest.TIMESTAMP, true,
                "Unix 时间戳（秒），与服务器时间相差不得超过 " + props.clockSkew().toSeconds() + " 秒", "1798765200"));
        operation.addParametersItem(header(PushRequest.NONCE, true,
                "随机串，8–64 位字母、数字、_ 或 -，每次请求不同", "3f9a1c0e7b2d4a65"));
        operation.addParametersItem(header(PushRequest.SIGNATURE, true, "小写十六进制 HMAC-SHA256 签名", null));
        operation.addParametersItem(header(PushRequest.IDEMPOTENCY_KEY, false,
                "幂等键，1–64 位字母、数字或 . _ : -；以相同的键和请求体重试，返回首次的答复且不重复暂存", null));
        operation.requestBody(new RequestBody().required(true).content(new Content().addMediaType("application/json",
                new MediaType().schema(new Schema<>().$ref(REF + pushSchemaName(type))))));
        ApiResponses responses = new ApiResponses();
        responses.addApiResponse("200", new ApiResponse().description("已处理：逐条答复已接收或已拒绝")
                .addHeaderObject(PushController.REMAINING, new Header().description("本周期内本部门剩余请求次数")
                        .schema(new Schema<>().type("integer")))
                .addHeaderObject(PushController.REPLAYED, new Header().description("为 true 时，这是幂等重试返回的首次答复")
                        .schema(new StringSchema()))
                .content(new Content().addMediaType("application/json",
                        new MediaType().schema(new Schema<>().$ref(REF + "PushResponse")))));
        errorsByStatus().forEach((status, codes) -> {
            ApiResponse response = new ApiResponse().description("问题代码（code）：" + codes)
                    .content(new Content().addMediaType("application/problem+json",
                            new MediaType().schema(new Schema<>().$ref(REF + PROBLEM))));
            if (status == 429) {
                response.addHeaderObject("Retry-After", new Header().description("多少秒后可以重试")
                        .schema(new Schema<>().type("integer")));
            }
            responses.addApiResponse(String.valueOf(status), response);
        });
        operation.responses(responses);
    }

    private static Map<Integer, String> errorsByStatus() {
        return Arrays.stream(PushError.values()).collect(Collectors.groupingBy(e -> e.status().value(), TreeMap::new,
                Collectors.mapping(PushError::code, Collectors.joining(", "))));
    }

    private static HeaderParameter header(String name, boolean required, String description, String example) {
        HeaderParameter parameter = new HeaderParameter();
        parameter.name(name).required(required).description(description).schema(new StringSchema());
        if (example != null) {
            parameter.example(example);
        }
        return parameter;
    }

    private static Schema<?> recordSchema(RecordType type) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        for (FieldDef field : type.fields()) {
            Schema<?> schema = switch (field.kind()) {
                case DATE -> new StringSchema().example("2024/05/01");
                case AMOUNT -> new Schema<>().types(new LinkedHashSet<>(List.of("number", "string"))).example(0.2);
                default -> new StringSchema();
            };
            String requirement = switch (field.required()) {
                case 'Y' -> "必填";
                case 'C' -> "条件必填";
                default -> "选填";
            };
            String description = field.name() + "（" + requirement + "，标准长度 " + field.maxLength() + "）"
                    + switch (field.kind()) {
                        case AMOUNT -> "；单位万元，数字或文本";
                        case DATE -> "；YYYY/MM/DD";
                        case IDENTIFIER -> "；加密存储";
                        default -> "";
                    };
            properties.put(field.code(), schema.description(description));
        }
        ObjectSchema schema = new ObjectSchema();
        schema.setProperties(properties);
        schema.additionalProperties(false);
        schema.description(type.label() + "记录（数据标准 2.0 字段代码）。暂存前只做格式转换，业务规则由校验任务检查。");
        return schema;
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema().description("RFC 9457 问题详情")
                .addProperty("type", new StringSchema().example(PushProblemAdvice.TYPE_PREFIX + "signatureInvalid"))
                .addProperty("title", new StringSchema().example("签名错误"))
                .addProperty("status", new Schema<>().type("integer").example(401))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().example("/api/v1/licenses"))
                .addProperty("code", new StringSchema().description("稳定的问题代码").example("signatureInvalid"))
                .addProperty("requestId", new StringSchema().description("请求编号，反馈问题时请提供"));
    }

    private static String recordSchemaName(RecordType type) {
        return type == RecordType.LICENSE ? "LicenseRecord" : "PenaltyRecord";
    }

    private static String pushSchemaName(RecordType type) {
        return type == RecordType.LICENSE ? "LicensePush" : "PenaltyPush";
    }
}
