package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

/**
 * A tab-separated data file (lexicon, gazetteer): header row, then one row per line; lines
 * starting with '#' are comments; '|' separates alternatives inside a cell.
 */
public final class DataTable {
    private final String name;
    private final List<String> header;
    private final List<Row> rows;

    private DataTable(String name, List<String> header, List<Row> rows) {
        this.name = name;
        this.header = header;
        this.rows = rows;
    }

    /** One data row; {@link #line()} points back at the file for error messages. */
    public record Row(String source, int line, Map<String, String> cells) {
        public String get(String column) {
            String v = cells.get(column);
            return v == null || v.isBlank() ? null : v.trim();
        }

        public String require(String column) {
            String v = get(column);
            if (v == null) throw new IllegalStateException(source + ":" + line + ": column '" + column + "' is empty");
            return v;
        }

        public List<String> list(String column) {
            String v = get(column);
            if (v == null) return List.of();
            return Arrays.stream(v.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
    }

    public static DataTable fromClasspath(String resource) {
        InputStream in = DataTable.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("data file missing from the classpath: " + resource);
        return read(resource, in);
    }

    public static DataTable fromFile(Path file) {
        try {
            return read(file.toString(), Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + file, e);
        }
    }

    private static DataTable read(String name, InputStream stream) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            List<String> header = null;
            List<Row> rows = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = Arrays.stream(cells).map(String::trim).toList();
                    continue;
                }
                Map<String, String> map = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) map.put(header.get(i), i < cells.length ? cells[i] : "");
                rows.add(new Row(name, number, map));
            }
            if (header == null) throw new IllegalStateException(name + ": no header row");
            return new DataTable(name, header, List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + name, e);
        }
    }

    public String name() { return name; }

    public List<String> header() { return header; }

    public List<Row> rows() { return rows; }

    /** Fails with the file name if a column the code relies on is missing. */
    public DataTable requireColumns(String... columns) {
        for (String c : columns) {
            if (!header.contains(c)) throw new IllegalStateException(name + ": missing column '" + c + "' (has " + header + ")");
        }
        return this;
    }
}
