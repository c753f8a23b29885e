package org.dutygraph.document;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;
import org.dutygraph.parser.DocumentMetadata;

import java.util.regex.Pattern;

/**
 * Stable keys of the graph. A document is {@code <region in pinyin>-<year>} (zhonglou-2021) unless the importer names
 * it; a department is {@code <jurisdiction>/<name>} (常州市钟楼区/区工信局), so 区工信局 of two districts stay apart
 * while the same district's documents of different years share it; a task is {@code <document>/<owner>/<ordinal>}.
 */
public final class DocumentIds {

    static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final HanyuPinyinOutputFormat PINYIN = new HanyuPinyinOutputFormat();

    static {
        PINYIN.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        PINYIN.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    }

    private DocumentIds() {
    }

    /**
     * zhonglou-2021 for 常州市钟楼区 in 2021 (the district, else the city, else the province; guowuyuan for the State
     * Council); doc-&lt;hash&gt; when the text names neither place nor year.
     */
    public static String derive(DocumentMetadata metadata, String sourceHash) {
        String place = metadata.district() != null ? metadata.district()
                : metadata.city() != null ? metadata.city() : metadata.province();
        if (place == null && metadata.issuer() != null && metadata.issuer().startsWith("国务院")) {
            place = "国务院"; // guowuyuan-2022
        }
        String slug = place == null ? null : pinyin(place.replaceFirst("(省|自治区|市|区|县|旗)$", ""));
        if (slug == null || slug.isEmpty()) {
            return "doc-" + sourceHash.substring(0, 12);
        }
        return metadata.year() == null ? slug + "-" + sourceHash.substring(0, 8) : slug + "-" + metadata.year();
    }

    /**
     * The id of a document whose place and year already name another one: the derived id and its 文号's serial
     * (songlan-2023-15 for 松政发〔2023〕15号), else a short hash of its title; empty when it has neither.
     */
    public static java.util.Optional<String> alternative(String derived, DocumentMetadata metadata) {
        if (metadata.number() != null) {
            java.util.regex.Matcher serial = SERIAL.matcher(metadata.number());
            if (serial.find()) {
                return java.util.Optional.of(derived + "-" + serial.group(1));
            }
        }
        if (metadata.title() != null && !metadata.title().isBlank()) {
            return java.util.Optional.of(derived + "-" + PreparedDocument.sha256(metadata.title().strip()).substring(0, 6));
        }
        return java.util.Optional.empty();
    }

    /** The serial of a 文号: 15 in 松政发〔2023〕15号. */
    private static final Pattern SERIAL = Pattern.compile("(\\d{1,5})\\s*号");

    /** Checks an id a caller chose: lower-case letters, digits, '.', '_' and '-', at most 64 characters. */
    public static String validate(String id) {
        if (!VALID.matcher(id).matches()) {
            throw new IllegalArgumentException("document id '" + id
                    + "' is not valid: use lower-case letters, digits, '.', '_' and '-' (at most 64), e.g. zhonglou-2021");
        }
        return id;
    }

    public static String department(String jurisdiction, String name) {
        return jurisdiction + "/" + name;
    }

    /** A task of a department's section: document, owner and ordinal (zhonglou-2021/区工信局/1). */
    public static String task(String documentId, String owner, int ordinal) {
        return documentId + "/" + owner + "/" + ordinal;
    }

    /** A task of any other layout: document and label path (guoban-2020/一/(一)/1, anhui-2021/P2:二/(三)/5). */
    public static String taskByPath(String documentId, String path) {
        return documentId + "/" + path;
    }

    static String pinyin(String chinese) {
        StringBuilder out = new StringBuilder();
        for (char c : chinese.toCharArray()) {
            if (c < 128) {
                if (Character.isLetterOrDigit(c)) {
                    out.append(Character.toLowerCase(c));
                }
                continue;
            }
            try {
                String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, PINYIN);
                if (readings != null && readings.length > 0) {
                    out.append(readings[0].replace("u:", "v"));
                }
            } catch (BadHanyuPinyinOutputFormatCombination e) {
                throw new IllegalStateException(e);
            }
        }
        return out.toString();
    }
}
