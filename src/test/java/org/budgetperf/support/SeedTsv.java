package org.budgetperf.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The tab-separated tables under {@code src/test/resources/seeds/}: a header line, then rows (empty cells kept). */
public final class SeedTsv {

    private SeedTsv() {
    }

    public static List<String> header(String name) {
        return lines(name).get(0);
    }

    public static List<List<String>> rows(String name) {
        List<List<String>> lines = lines(name);
        return lines.subList(1, lines.size());
    }

    private static List<List<String>> lines(String name) {
        try (InputStream in = SeedTsv.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no seed table " + name);
            }
            List<String> text = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank()).toList();
            int width = text.get(0).split("\t", -1).length;
            return text.stream().map(line -> Arrays.asList(Arrays.copyOf(line.split("\t", -1), width)))
                    .map(cells -> cells.stream().map(cell -> cell == null ? "" : cell).toList())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
