package org.budgetperf.excel.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the sheets of an .xlsx as a stream of XML events (POI's event API) rather than building POI's object
 * model: a thousand tables are read in a fraction of the time and memory, and the row limit stops the reading as
 * soon as it is passed.
 */
final class XlsxSheets {

    private XlsxSheets() {
    }

    static List<SheetGrid> read(OPCPackage workbook, ReadLimits limits) throws IOException {
        try {
            XSSFReader reader = new XSSFReader(workbook);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            DataFormatter formatter = new DataFormatter();
            List<SheetGrid> sheets = new ArrayList<>();
            XSSFReader.SheetIterator parts = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (parts.hasNext()) {
                try (InputStream part = parts.next()) {
                    SheetHandler handler = new SheetHandler(parts.getSheetName(), styles, strings, formatter, limits);
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(handler);
                    parser.parse(new InputSource(part));
                    sheets.add(handler.grid.build());
                }
            }
            return sheets;
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException("不是可读取的 .xlsx 工作簿", e);
        }
    }

    /** One worksheet part: rows of cells, then the merged regions. */
    private static final class SheetHandler extends DefaultHandler {

        private final SheetGrid.Builder grid;
        private final String sheetName;
        private final StylesTable styles;
        private final ReadOnlySharedStringsTable strings;
        private final DataFormatter formatter;
        private final ReadLimits limits;
        private final StringBuilder value = new StringBuilder();
        private int row = -1;
        private int column = -1;
        private String type;
        private String style;
        private boolean inValue;
        private boolean inInlineText;
        private boolean inPhonetic;

        SheetHandler(String sheetName, StylesTable styles, ReadOnlySharedStringsTable strings,
                     DataFormatter formatter, ReadLimits limits) {
            this.grid = new SheetGrid.Builder(sheetName, limits);
            this.sheetName = sheetName;
            this.styles = styles;
            this.strings = strings;
            this.formatter = formatter;
            this.limits = limits;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    row = r == null ? row + 1 : Integer.parseInt(r) - 1;
                    column = -1;
                    limits.countRow(sheetName);
                }
                case "c" -> {
                    String reference = attributes.getValue("r");
                    column = reference == null ? column + 1 : new CellReference(reference).getCol();
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    value.setLength(0);
                }
                case "v" -> inValue = true;
                case "rPh" -> inPhonetic = true;
                case "t" -> inInlineText = !inPhonetic;
                case "mergeCell" -> grid.merge(CellRangeAddress.valueOf(attributes.getValue("ref")));
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInlineText) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> cell();
                default -> {
                }
            }
        }

        private void cell() {
            String raw = value.toString();
            if (raw.isEmpty()) {
                return;
            }
            switch (type == null ? "n" : type) {
                case "s" -> grid.text(row, column, strings.getItemAt(Integer.parseInt(raw)).getString());
                case "b" -> grid.text(row, column, "1".equals(raw) ? "TRUE" : "FALSE");
                case "n" -> {
                    XSSFCellStyle cellStyle = style == null ? null : styles.getStyleAt(Integer.parseInt(style));
                    int formatIndex = cellStyle == null ? 0 : cellStyle.getDataFormat();
                    String format = cellStyle == null ? "General" : cellStyle.getDataFormatString();
                    grid.number(row, column, Double.parseDouble(raw), formatIndex, format, formatter);
                }
                default -> grid.text(row, column, raw);
            }
        }
    }
}
