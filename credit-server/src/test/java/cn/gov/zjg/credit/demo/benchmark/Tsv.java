package cn.gov.zjg.credit.demo.benchmark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * One chunk of rows in the text format of {@code LOAD DATA ... FIELDS TERMINATED BY '\t' ESCAPED BY '\\'}: tab
 * between fields, newline between rows, {@code \N} for null; tab, newline and backslash in text escaped; binary
 * values as hex (the statement unhexes them).
 */
final class Tsv {

    private static final HexFormat HEX = HexFormat.of();

    private final StringBuilder line = new StringBuilder(4096);
    private final ByteArrayOutputStream out;
    private boolean first = true;
    private int rows;

    Tsv(int expectedBytes) {
        this.out = new ByteArrayOutputStream(expectedBytes);
    }

    Tsv text(Object value) {
        separator();
        if (value == null) {
            line.append("\\N");
            return this;
        }
        String s = value instanceof java.math.BigDecimal amount ? amount.toPlainString() : value.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\\' -> line.append("\\\\");
                default -> line.append(c);
            }
        }
        return this;
    }

    Tsv hex(byte[] value) {
        separator();
        line.append(value == null ? "\\N" : HEX.formatHex(value));
        return this;
    }

    Tsv number(long value) {
        separator();
        line.append(value);
        return this;
    }

    void endRow() {
        line.append('\n');
        out.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
        line.setLength(0);
        first = true;
        rows++;
    }

    int rows() {
        return rows;
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    private void separator() {
        if (!first) {
            line.append('\t');
        }
        first = false;
    }
}
