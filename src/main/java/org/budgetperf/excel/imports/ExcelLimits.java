package org.budgetperf.excel.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on uploaded workbooks ({@code budgetperf.excel.*}): file size, rows, how far from A1 a cell may be
 * (row and column number), cells held (merged regions counted once per row they cross), and the zip-bomb guards
 * handed to POI (smallest compressed/uncompressed ratio of a zip entry, largest entry, largest single byte array).
 */
@ConfigurationProperties("budgetperf.excel")
public record ExcelLimits(DataSize maxFileSize, Integer maxRows, Integer maxRowNumber,
                          Integer maxColumnNumber, Integer maxCells,
                          Double minInflateRatio, DataSize maxEntrySize, DataSize maxRecordSize) {

    public ExcelLimits {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(20) : maxFileSize;
        maxRows = maxRows == null ? 20_000 : maxRows;
        maxRowNumber = maxRowNumber == null ? 100_000 : maxRowNumber;
        maxColumnNumber = maxColumnNumber == null ? 256 : maxColumnNumber;
        maxCells = maxCells == null ? 1_000_000 : maxCells;
        minInflateRatio = minInflateRatio == null ? 0.01 : minInflateRatio;
        maxEntrySize = maxEntrySize == null ? DataSize.ofMegabytes(200) : maxEntrySize;
        maxRecordSize = maxRecordSize == null ? DataSize.ofMegabytes(100) : maxRecordSize;
    }
}
