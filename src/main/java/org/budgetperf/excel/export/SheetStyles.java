package org.budgetperf.excel.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles every layout uses, created once per workbook (Excel caps a workbook's styles). */
final class SheetStyles {

    static final String MONEY_FORMAT = "0.00";

    final CellStyle title;
    final CellStyle note;
    final CellStyle section;
    final CellStyle label;
    final CellStyle text;
    final CellStyle centered;
    final CellStyle money;
    final CellStyle figure;
    final CellStyle number;

    SheetStyles(Workbook workbook) {
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 16);
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);

        title = workbook.createCellStyle();
        title.setFont(titleFont);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);

        note = workbook.createCellStyle();
        note.setAlignment(HorizontalAlignment.RIGHT);

        section = workbook.createCellStyle();
        section.setFont(boldFont);

        text = bordered(workbook);
        text.setWrapText(true);

        label = bordered(workbook);
        label.setFont(boldFont);
        label.setWrapText(true);
        label.setAlignment(HorizontalAlignment.CENTER);
        label.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        label.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        centered = bordered(workbook);
        centered.setWrapText(true);
        centered.setAlignment(HorizontalAlignment.CENTER);

        money = bordered(workbook);
        money.setDataFormat(workbook.createDataFormat().getFormat(MONEY_FORMAT));

        number = bordered(workbook);

        figure = bordered(workbook);
        figure.setAlignment(HorizontalAlignment.RIGHT);
    }

    private static CellStyle bordered(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }
}
