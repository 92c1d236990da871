package cn.gov.zjg.credit.submission.push;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.zjg.credit.submission.CellError;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * JSON of the push API: reads {@code {"records": [ {field code: value, ...}, ... ]}} strictly (duplicate field names
 * and trailing content are errors, decimals stay exact) and writes responses. A record that is not an object, or a
 * value that is not a string, number or null, is refused with that record only; the rest of the call goes on.
 */
@Component
class PushJson {

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /**
     * One record of a call, by its index in {@code records}: its values by field code, the values refused for their
     * JSON type, and the record as JSON (kept encrypted with the errors, so a refused record is not lost).
     */
    record Incoming(int index, Map<String, Object> values, List<CellError> typeErrors, String json) {
    }

    List<Incoming> readRecords(byte[] body, int maxRecords) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            throw new PushProblem(PushError.JSON_MALFORMED, at == null ? "?" : String.valueOf(at.getLineNr()),
                    at == null ? "?" : String.valueOf(at.getColumnNr()));
        }
        JsonNode records = root == null ? null : root.get("records");
        if (root == null || !root.isObject() || records == null || !records.isArray()) {
            throw new PushProblem(PushError.RECORDS_MISSING);
        }
        if (records.isEmpty()) {
            throw new PushProblem(PushError.RECORDS_EMPTY);
        }
        if (records.size() > maxRecords) {
            throw new PushProblem(PushError.TOO_MANY_RECORDS, String.valueOf(records.size()),
                    String.valueOf(maxRecords));
        }
        List<Incoming> result = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            result.add(toIncoming(i, records.get(i)));
        }
        return result;
    }

    String write(Object response) {
        return mapper.writeValueAsString(response);
    }

    private static Incoming toIncoming(int index, JsonNode record) {
        if (!record.isObject()) {
            return new Incoming(index, Map.of(), List.of(new CellError(index, null, null, "recordNotObject", null)),
                    record.toString());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        List<CellError> typeErrors = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : record.properties()) {
            JsonNode value = property.getValue();
            if (value.isNull()) {
                values.put(property.getKey(), null);
            } else if (value.isString()) {
                values.put(property.getKey(), value.asString());
            } else if (value.isNumber()) {
                values.put(property.getKey(), value.decimalValue());
            } else {
                typeErrors.add(new CellError(index, property.getKey(), property.getKey(), "valueWrongType", null));
            }
        }
        return new Incoming(index, values, typeErrors, record.toString());
    }
}
