package cn.gov.zjg.credit.submission.push;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal the push API can answer has its Chinese text: whole-call problems and per-field reasons. */
class PushMessagesTests {

    private static final Path SUBMISSION = Path.of("src/main/java/cn/gov/zjg/credit/submission");
    private static final Pattern ERROR_CODE = Pattern.compile(
            "(?:Unreadable|unreadable)\\(\"([a-zA-Z]+)\"\\)|CellError\\([^;]*?\"([a-zA-Z]+)\", (?:null|[a-z]+)\\)");

    @Test
    void everyProblemHasATitleAndADetail() throws IOException {
        Set<String> keys = bundle().stringPropertyNames();

        assertThat(keys).containsAll(Arrays.stream(PushError.values())
                .flatMap(e -> Stream.of(e.titleKey(), e.detailKey())).toList());
    }

    @Test
    void everyFieldErrorCodeHasAMessage() throws IOException {
        Set<String> codes = new HashSet<>();
        try (Stream<Path> files = Files.walk(SUBMISSION)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = ERROR_CODE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    codes.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }

        assertThat(codes).contains("dateUnreadable", "unknownField", "recordNotObject", "valueWrongType");
        assertThat(bundle().stringPropertyNames())
                .containsAll(codes.stream().map(code -> "submission.error." + code).toList());
    }

    private static Properties bundle() throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource("i18n/messages.properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
