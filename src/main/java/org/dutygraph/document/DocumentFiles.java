package org.dutygraph.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.BodyElementType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.dutygraph.genre.Numerals;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of a document file, whatever form it came in, told by its content and never by its name: a Word file
 * (.docx: paragraphs in order with the numbers Word generates from list styles, tables as rows of tab-separated
 * cells), a PDF (its text layer in reading order, its tables rebuilt by position: {@link PdfText}), or text (UTF-8 or GB18030; an HTML page stays HTML for the
 * parser). A file that cannot be read is refused with the reason, and nothing is guessed: a scanned PDF has no text
 * to read (there is no OCR here), an encrypted one is closed to us, an old binary .doc is not a .docx.
 *
 * <p>Size: one entry per kind of file (Word with its list numbering, PDF, HTML and text detection); the PDF layout
 * itself is in PdfText.
 */
public final class DocumentFiles {

    /** Why a file cannot be read as a document. */
    public static final class UnreadableFileException extends IllegalArgumentException {
        UnreadableFileException(String message) {
            super(message);
        }

        UnreadableFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** What a file's content says it is. */
    public enum Kind { DOCX, PDF, OLD_WORD, ZIP, TEXT }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    static {
        // A .docx is a zip: refuse entries that inflate more than 100× (a zip bomb) or past 100 MB, whatever the
        // process-wide defaults were.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    }

    private DocumentFiles() {
    }

    /** What the bytes are, by their first bytes (and, for a zip, by whether it holds a Word document). */
    public static Kind kind(byte[] bytes) {
        if (startsWith(bytes, PDF)) {
            return Kind.PDF;
        }
        if (startsWith(bytes, OLE2)) {
            return Kind.OLD_WORD;
        }
        if (startsWith(bytes, ZIP)) {
            // an Office Open XML package names its parts in plain bytes; a truncated one may have lost word/document.xml
            return containsAscii(bytes, "word/") || containsAscii(bytes, "[Content_Types].xml") ? Kind.DOCX : Kind.ZIP;
        }
        return Kind.TEXT;
    }

    /**
     * What a file reads as: its document text, and what the reading could not settle and a reader should check
     * (a PDF table drawn without rules between its rows), located by page.
     */
    public record Reading(String text, List<String> warnings) {
        public Reading {
            warnings = List.copyOf(warnings);
        }
    }

    /** The document text of a file; {@code name} is for messages only. */
    public static String text(byte[] bytes, String name) {
        return read(bytes, name).text();
    }

    /** The document text of a file and the warnings of its reading; {@code name} is for messages only. */
    public static Reading read(byte[] bytes, String name) {
        return switch (kind(bytes)) {
            case DOCX -> new Reading(docx(bytes, name), List.of());
            case PDF -> pdf(bytes, name);
            case OLD_WORD -> throw new UnreadableFileException(name + " is an old binary Word (.doc) or Office file: "
                    + "save it as .docx and import that");
            case ZIP -> throw new UnreadableFileException(name + " is a zip archive but not a Word (.docx) document");
            case TEXT -> new Reading(SourceFiles.decode(bytes, name), List.of());
        };
    }

    // ------------------------------------------------------------------ Word

    private static String docx(byte[] bytes, String name) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder();
            ListNumbers numbers = new ListNumbers();
            for (IBodyElement element : document.getBodyElements()) {
                if (element.getElementType() == BodyElementType.PARAGRAPH) {
                    XWPFParagraph p = (XWPFParagraph) element;
                    String text = p.getText();
                    String number = numbers.next(p);
                    if (!text.isBlank() || number != null) {
                        out.append(number == null ? "" : number).append(text.strip()).append('\n');
                    }
                } else if (element.getElementType() == BodyElementType.TABLE) {
                    table((XWPFTable) element, out);
                }
            }
            String text = out.toString();
            if (text.isBlank()) {
                throw new UnreadableFileException(name + " is a Word document without text");
            }
            return text;
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(name + " is not a readable Word (.docx) document: " + reason(e), e);
        }
    }

    /**
     * A table as rows of tab-separated cells, a cell's paragraphs joined (a multi-line cell is one cell). A cell that
     * continues a vertical merge repeats the text of the cell that starts it, so every row carries its units.
     */
    private static void table(XWPFTable table, StringBuilder out) {
        Map<Integer, String> mergedAbove = new HashMap<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            int column = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                String text = cellText(cell);
                CTTcPr properties = cell.getCTTc().getTcPr();
                if (properties != null && properties.isSetVMerge()) {
                    boolean restart = properties.getVMerge().isSetVal() && properties.getVMerge().getVal() == STMerge.RESTART;
                    if (restart) {
                        mergedAbove.put(column, text);
                    } else {
                        text = mergedAbove.getOrDefault(column, text);
                    }
                } else {
                    mergedAbove.remove(column);
                }
                cells.add(text);
                int span = properties != null && properties.isSetGridSpan() ? properties.getGridSpan().getVal().intValue() : 1;
                column += Math.max(1, span);
            }
            if (cells.stream().anyMatch(c -> !c.isBlank())) {
                out.append(String.join("\t", cells)).append('\n');
            }
        }
    }

    private static String cellText(XWPFTableCell cell) {
        StringBuilder text = new StringBuilder();
        for (XWPFParagraph p : cell.getParagraphs()) {
            text.append(p.getText().strip());
        }
        return text.toString().replace('\t', ' ');
    }

    /**
     * The numbers Word draws in front of list paragraphs (they are not in the text): per list and level a counter,
     * restarted below a level that advances, written with the level's pattern ({@code %1、}, {@code （%1）}) in its
     * format (chineseCounting → 一, decimal → 1).
     */
    private static final class ListNumbers {
        private final Map<BigInteger, int[]> counters = new HashMap<>();

        String next(XWPFParagraph p) {
            BigInteger list = p.getNumID();
            if (list == null || p.getNumIlvl() == null) {
                return null;
            }
            int level = Math.min(8, p.getNumIlvl().intValue());
            int[] counts = counters.computeIfAbsent(list, l -> new int[9]);
            counts[level]++;
            for (int deeper = level + 1; deeper < counts.length; deeper++) {
                counts[deeper] = 0;
            }
            String pattern = p.getNumLevelText();
            if (pattern == null) {
                return null;
            }
            String format = p.getNumFmt();
            StringBuilder written = new StringBuilder();
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '%' && i + 1 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))) {
                    int of = pattern.charAt(i + 1) - '1';
                    int value = of >= 0 && of < counts.length ? Math.max(1, counts[of]) : 1;
                    written.append(of == level ? format(value, format) : String.valueOf(value));
                    i++;
                } else {
                    written.append(c);
                }
            }
            return written.toString();
        }

        private static String format(int value, String format) {
            if (format == null) {
                return String.valueOf(value);
            }
            return switch (format) {
                case "chineseCounting", "chineseCountingThousand", "ideographTraditional", "chineseLegalSimplified",
                     "taiwaneseCounting", "japaneseCounting" -> Numerals.chinese(value);
                case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
                        value >= 1 && value <= 20 ? String.valueOf((char) ('\u2460' + value - 1)) : String.valueOf(value);
                case "bullet", "none" -> "";
                default -> String.valueOf(value);
            };
        }
    }

    // ------------------------------------------------------------------ PDF

    private static Reading pdf(byte[] bytes, String name) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableFileException(name + " is an encrypted PDF whose text may not be extracted");
            }
            Reading reading = PdfText.read(document);
            if (reading.text().codePoints().noneMatch(Character::isLetterOrDigit)) {
                throw new UnreadableFileException(name + " is a PDF without a text layer (" + document.getNumberOfPages()
                        + " page(s) of images, a scan?): there is no OCR here; import the text or the Word file");
            }
            return reading;
        } catch (InvalidPasswordException e) {
            throw new UnreadableFileException(name + " is a password-protected PDF", e);
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(name + " is not a readable PDF: " + reason(e), e);
        }
    }

    // ------------------------------------------------------------------ helpers

    private static String reason(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether an ASCII name occurs in the bytes (a zip's central directory names its entries in plain bytes). */
    private static boolean containsAscii(byte[] bytes, String ascii) {
        byte[] needle = ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
