package cn.gov.zjg.credit;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundles stay in sync, and every message key used by a template or by the code exists. */
class I18nTests {

    private static final Path TEMPLATES = Path.of("../credit-web/src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
    private static final Pattern CODE_KEY = Pattern.compile(
            "\"((?:security|user|department|console|audit|login|error|portal|submission|validation|jobs|redblack|review)\\.[a-zA-Z]+\\.[a-zA-Z0-9_.]*[a-zA-Z0-9_])\"");

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(bundle("i18n/messages_en.properties").stringPropertyNames())
                .isEqualTo(bundle("i18n/messages.properties").stringPropertyNames());
    }

    @Test
    void everyKeyUsedInTemplatesExists() throws IOException {
        assertThat(bundle("i18n/messages.properties").stringPropertyNames())
                .containsAll(keysIn(TEMPLATES, TEMPLATE_KEY));
    }

    @Test
    void everyKeyUsedInCodeExists() throws IOException {
        Set<String> used = keysIn(JAVA, CODE_KEY);
        assertThat(used).isNotEmpty();
        assertThat(bundle("i18n/messages.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void templatesHaveNoInlineScriptOrHandlers() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            files.filter(p -> p.toString().endsWith(".html")).forEach(file -> {
                String html = read(file);
                assertThat(html).as(file.toString())
                        .doesNotContainPattern("<script(?![^>]*\\bsrc=)")
                        .doesNotContainPattern("\\son[a-z]+=\"")
                        .doesNotContain("th:include");
            });
        }
    }

    private static Set<String> keysIn(Path root, Pattern pattern) throws IOException {
        Set<String> keys = new HashSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                Matcher m = pattern.matcher(read(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            });
        }
        return keys;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties bundle(String path) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
