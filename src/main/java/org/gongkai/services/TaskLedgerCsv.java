package org.gongkai.services;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The task ledger's progress CSV: written in UTF-8 with a byte-order mark (so spreadsheets open it as Chinese), cells
 * that a spreadsheet would run as a formula prefixed with an apostrophe; read back from UTF-8 (with or without the
 * mark) or GBK/GB18030, as spreadsheets save it, with quoted fields (RFC 4180).
 */
final class TaskLedgerCsv {

    static final List<String> HEADER = List.of("编号", "任务", "牵头单位", "完成时限", "状态", "进展日期", "完成进度",
            "进展情况", "佐证链接");
    static final int CODE = 0, STATUS = 4, DATE = 5, PERCENT = 6, SUMMARY = 7, EVIDENCE = 8;
    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_ROWS = 5000;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TaskLedgerCsv() {
    }

    static byte[] write(List<LedgerTask> tasks, Map<Long, TaskProgress> latest) {
        StringBuilder out = new StringBuilder();
        line(out, HEADER);
        for (LedgerTask t : tasks) {
            TaskProgress p = latest.get(t.id());
            line(out, java.util.Arrays.asList(t.code(), t.title(), t.leadUnit(), t.deadline().toString(),
                    TaskLedgerValidation.LABELS.get(t.status()),
                    p == null ? "" : p.reportedOn().toString(), p == null ? "" : p.percent() + "%",
                    p == null ? "" : p.summary(), p == null || p.evidence() == null ? "" : p.evidence()));
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(text, 0, all, BOM.length, text.length);
        return all;
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(neutralise(cells.get(i) == null ? "" : cells.get(i))));
        }
        out.append("\r\n");
    }

    /** A cell a spreadsheet would evaluate (= + - @, tab, carriage return first) is kept as text. */
    static String neutralise(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** Undoes {@link #neutralise}: what this CSV wrote comes back as it was. */
    static String restore(String cell) {
        return cell.length() >= 2 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }

    private static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /** The text of an uploaded file: UTF-8 (a byte-order mark is dropped), else GB18030 (GBK); empty if neither. */
    static Optional<String> decode(byte[] bytes) {
        if (bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2]) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        return strict(bytes, 0, StandardCharsets.UTF_8).or(() -> strict(bytes, 0, GB18030));
    }

    private static Optional<String> strict(byte[] bytes, int from, Charset cs) {
        try {
            return Optional.of(cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Splits RFC 4180 text into rows of cells; null when a quoted field is never closed. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
                any = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                rows.add(row);
                row = new ArrayList<>();
                cell.setLength(0);
                any = false;
            } else {
                cell.append(c);
                any = true;
            }
        }
        if (quoted) {
            return null;
        }
        if (any || !cell.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
