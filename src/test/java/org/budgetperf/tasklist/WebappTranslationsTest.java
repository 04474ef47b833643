package org.budgetperf.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Chinese locale of each Camunda webapp
 * (src/main/resources/META-INF/resources/webjars/camunda/app/APP/locales/zh.json) against the English one that
 * camunda-webapp-webjar ships: every key of the English file is there, and every text is
 * translated, with its {{placeholders}} and HTML tags. A key that a Camunda upgrade adds fails here before a user sees
 * it as a raw key.
 */
class WebappTranslationsTest {

    private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";

    /** Texts that are the same in Chinese: product names, formats, operators. */
    private static final Set<String> SAME_IN_CHINESE = Set.of("Camunda", "ID", "ID*", "CSV", "JSON", "Optimize", "<",
            "<=", ">", ">=", "HH:mm", "L");

    /** Texts that are nothing in Chinese: the plural ending that Cockpit appends to "instance". */
    private static final Set<String> EMPTY_IN_CHINESE = Set.of("s");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|%[sd]");
    private static final Pattern HTML_TAG = Pattern.compile("</?(a|b|br|em|i|p|span|strong)\\b[^>]*>");

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyEnglishTextOfTheWebappIsTranslated(String app) throws IOException {
        Map<String, JsonNode> english = flatten(read(shipped(app, "en")));
        Map<String, JsonNode> chinese = flatten(read(ours(app)));

        List<String> problems = new ArrayList<>();
        english.forEach((key, value) -> {
            JsonNode translated = chinese.get(key);
            if (translated == null) {
                problems.add("missing: " + key + " (" + value + ")");
            } else if (value.isTextual()) {
                check(key, value.asText(), translated, problems);
            }
        });
        assertThat(problems).as("app/%s/locales/zh.json against the shipped en.json", app).isEmpty();
    }

    private static void check(String key, String english, JsonNode translated, List<String> problems) {
        if (!translated.isTextual()) {
            problems.add("not a text: " + key);
            return;
        }
        String chinese = translated.asText();
        if (chinese.isBlank() && !english.isBlank() && !EMPTY_IN_CHINESE.contains(english)) {
            problems.add("blank: " + key + " (" + english + ")");
        } else if (chinese.strip().equals(english.strip()) && !english.isBlank()
                && !SAME_IN_CHINESE.contains(english.strip())) {
            problems.add("still English: " + key + " = " + english);
        }
        if (!all(PLACEHOLDER, chinese).equals(all(PLACEHOLDER, english))) {
            problems.add("placeholders differ: " + key + ": " + english + " -> " + chinese);
        }
        if (!all(HTML_TAG, chinese).equals(all(HTML_TAG, english))) {
            problems.add("HTML tags differ: " + key + ": " + english + " -> " + chinese);
        }
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        Collections.sort(found);
        return found;
    }

    /** Nested keys joined with dots, array elements by their index: dateLocales.months.0. */
    private static Map<String, JsonNode> flatten(JsonNode root) {
        Map<String, JsonNode> flat = new LinkedHashMap<>();
        flatten("", root, flat);
        return flat;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> flat) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> flatten(join(prefix, field.getKey()), field.getValue(), flat));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(join(prefix, String.valueOf(i)), node.get(i), flat);
            }
        } else {
            flat.put(prefix, node);
        }
    }

    private static String join(String prefix, String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }

    /** The file of the webjar itself, not one of ours that might shadow it. */
    private static URL shipped(String app, String language) throws IOException {
        List<URL> found = Collections.list(WebappTranslationsTest.class.getClassLoader()
                .getResources(LOCALES.formatted(app, language)));
        return found.stream().filter(url -> url.toString().contains("camunda-webapp-webjar")).findFirst()
                .orElseThrow(() -> new AssertionError("camunda-webapp-webjar ships no " + LOCALES.formatted(app,
                        language) + " (found " + found + ")"));
    }

    private static URL ours(String app) {
        URL url = WebappTranslationsTest.class.getClassLoader().getResource(LOCALES.formatted(app, "zh"));
        assertThat(url).as("our " + LOCALES.formatted(app, "zh")).isNotNull();
        return url;
    }

    /** Camunda's locale files start with a byte order mark, which Jackson does not accept. */
    private JsonNode read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
    }
}
