package org.budgetperf.excel.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An exported workbook and its file name ({@code JS-HSZH-LLHZ-2023-01-绩效目标表.xlsx}), with an ASCII name for
 * clients that do not read RFC 6266's {@code filename*}.
 */
public record ExportFile(String fileName, String asciiFileName, byte[] content) {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** {@code attachment; filename="….xlsx"; filename*=UTF-8''…} (RFC 6266 with RFC 5987 encoding). */
    public String contentDisposition() {
        return "attachment; filename=\"" + asciiFileName + "\"; filename*=UTF-8''" + percentEncoded(fileName);
    }

    private static String percentEncoded(String name) {
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                encoded.write(c);
            } else {
                encoded.writeBytes(String.format("%%%02X", b & 0xFF).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return encoded.toString(StandardCharsets.US_ASCII);
    }
}
