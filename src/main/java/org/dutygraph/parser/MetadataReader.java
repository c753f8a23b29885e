package org.dutygraph.parser;

import org.dutygraph.genre.Characters;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the document says about itself from the lines around its body: the web page's metadata block
 * (文件编号, 发布机构, 产生日期 …), the covering notice (关于印发《…》的通知), the signature and the title line.
 * Site navigation (bulleted lines) and the 内容概述 summary, which repeats the notice, are never read.
 */
final class MetadataReader {

    private static final Pattern NUMBER_FIELD = Pattern.compile("(?:文件编号|发文字号|文号)\\s*[:：]\\s*([^\\s]+)");
    private static final Pattern PUBLISHER_FIELD = Pattern.compile("(?:发布机构|发文机关|发布单位)\\s*[:：]\\s*([^\\s:：]+)(?=\\s|$)");
    private static final Pattern CREATED_FIELD = Pattern.compile("(?:产生日期|成文日期)\\s*[:：]\\s*(" + Dates.DATE + ")");
    private static final Pattern PUBLISHED_FIELD = Pattern.compile("(?:发布日期|公开日期|发布时间)\\s*[:：]\\s*(" + Dates.DATE + ")");
    private static final Pattern EXPIRES_FIELD = Pattern.compile("(?:失效日期|废止日期)\\s*[:：]\\s*(" + Dates.DATE + ")");
    private static final Pattern NAME_FIELD = Pattern.compile("^(?:信息名称|标\\s*题|名称)\\s*[:：]\\s*(.+)$");
    private static final Pattern INLINE_NAME_FIELD = Pattern.compile("标\\s*题\\s*[:：]\\s*(\\S+?关于印发\\S+?的通知)");
    private static final Pattern NOTICE_PLAIN = Pattern.compile("^(.{0,40}?)(?:关于)?印发(.+?)的通知$");
    private static final Pattern NUMBER_LINE = Pattern.compile("^\\(?([\\u4e00-\\u9fa5]{1,12}[〔\\[【(]\\d{4}[〕\\]】)]\\s*\\d{1,4}\\s*号)\\)?$");
    private static final Pattern NUMBER_INLINE = Pattern.compile("(?<=\\s)([\\u4e00-\\u9fa5]{1,8}[〔\\[]\\d{4}[〕\\]]\\d{1,4}号)(?=\\s)");
    private static final Pattern NOTICE = Pattern.compile("^.{0,30}关于印发《(.+?)》的通知$");
    private static final Pattern TITLE_LINE = Pattern.compile(
            "^[^。,;:]{4,80}(责任书|责任清单|任务清单|分解表|分工表|责任分工|职责分工|方案|意见|行动计划|工作计划|办法|"
                    + "职责规定|规定|工作要点|实施细则|决定)$");
    private static final Pattern SIGNATURE = Pattern.compile(
            "^([\\u4e00-\\u9fa5]{2,30}(人民政府|人民政府办公室|人民政府办公厅|委员会|指挥部|领导小组|管委会|办公室)|国务院|国务院办公厅)$");
    private static final Pattern DATE_ONLY = Pattern.compile("^(" + Dates.DATE + ")$");
    private static final Pattern SUMMARY = Pattern.compile("^(内容概述|内容摘要|摘要|主题词)\\s*[:：].*");
    private static final Pattern NAVIGATION = Pattern.compile("^[•·▪●■◆>»|].*");
    private static final Pattern REGION = Pattern.compile(
            "^(?:([\\u4e00-\\u9fa5]{2,6}?(?:省|自治区))|(北京市|天津市|上海市|重庆市))?([\\u4e00-\\u9fa5]{2,8}?市)?([\\u4e00-\\u9fa5]{1,8}?(?:区|县|旗|市))?"
                    + "(?:人民政府|委员会|指挥部|领导小组|管委会|党工委)");
    private static final Pattern TITLE_REGION = Pattern.compile("^\\d{4}年(?:度)?([\\u4e00-\\u9fa5]{1,6}?(?:区|县|市))");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern YEAR_SPAN = Pattern.compile("\\d{4}\\s*年?\\s*[—–\\-~至到]\\s*\\d{4}\\s*年?");
    private static final Pattern NUMBER_YEAR = Pattern.compile("[〔\\[【(](\\d{4})[〕\\]】)]");

    private MetadataReader() {
    }

    static DocumentMetadata read(List<SourceText.Line> given) {
        // A scraped body joined into one line holds its title, number, signature and date as runs between spaces.
        List<SourceText.Line> lines = new java.util.ArrayList<>();
        for (SourceText.Line line : given) {
            if (line.original().length() <= 160) {
                lines.add(line);
                continue;
            }
            for (String chunk : line.original().split("[ \\u3000]+")) {
                if (!chunk.isBlank()) {
                    lines.add(new SourceText.Line(line.number(), chunk, Characters.fold(chunk)));
                }
            }
        }
        String title = null;
        String notice = null;
        String number = null;
        String issuer = null;
        String publisher = null;
        LocalDate created = null;
        LocalDate published = null;
        LocalDate expires = null;
        String named = null;
        for (int i = 0; i < lines.size(); i++) {
            String f = lines.get(i).folded();
            String o = lines.get(i).original();
            if (f.isBlank() || SUMMARY.matcher(f).matches() || NAVIGATION.matcher(f).matches()) {
                continue;
            }
            number = firstNonNull(number, group(NUMBER_FIELD, f));
            publisher = firstNonNull(publisher, group(PUBLISHER_FIELD, f));
            created = firstNonNull(created, Dates.parse(group(CREATED_FIELD, f)));
            published = firstNonNull(published, Dates.parse(group(PUBLISHED_FIELD, f)));
            expires = firstNonNull(expires, Dates.parse(group(EXPIRES_FIELD, f)));
            Matcher nameField = NAME_FIELD.matcher(o);
            if (nameField.matches()) {
                named = firstNonNull(named, nameField.group(1).trim());
                continue;
            }
            Matcher numberLine = NUMBER_LINE.matcher(f.replace(" ", ""));
            if (number == null && numberLine.matches()) {
                number = numberLine.group(1);
            }
            Matcher inlineNumber = NUMBER_INLINE.matcher(f);
            if (number == null && f.length() > 40 && inlineNumber.find()) {
                number = inlineNumber.group(1);
            }
            Matcher noticeLine = NOTICE.matcher(o);
            Matcher inline = INLINE_NAME_FIELD.matcher(o);
            if (noticeLine.matches() || NOTICE_PLAIN.matcher(o).matches()) {
                notice = firstNonNull(notice, o);
            } else if (title == null && TITLE_LINE.matcher(o).matches()) {
                title = o;
            } else if (title == null && i + 1 < lines.size() && o.matches("[\\u4e00-\\u9fa5]{4,30}")
                    && lines.get(i + 1).number() - lines.get(i).number() <= 1
                    && TITLE_LINE.matcher(o + lines.get(i + 1).original()).matches()) {
                title = o + lines.get(i + 1).original(); // a title broken over two lines
            } else if (inline.find()) {
                named = firstNonNull(named, inline.group(1));
            }
            if (SIGNATURE.matcher(o).matches() && i + 1 < lines.size()) {
                LocalDate signed = nextDate(lines, i + 1);
                if (signed != null) {
                    issuer = firstNonNull(issuer, o);
                    created = firstNonNull(created, signed);
                }
            }
        }
        if (notice == null && named != null && (NOTICE.matcher(named).matches() || NOTICE_PLAIN.matcher(named).matches())) {
            notice = named;
        }
        String fromNotice = null;
        if (notice != null) {
            fromNotice = NOTICE.matcher(notice).matches() ? group(NOTICE, notice)
                    : NOTICE_PLAIN.matcher(notice).matches() ? plainNoticeTitle(notice) : null;
        }
        if (title == null || fromNotice != null && title.endsWith(fromNotice) && !title.equals(fromNotice)) {
            title = firstNonNull(fromNotice, firstNonNull(title, named)); // 《X》 over a title line with a date glued before it
        }
        if (issuer == null && notice != null) {
            Matcher by = NOTICE_PLAIN.matcher(notice);
            if (by.matches() && SIGNATURE.matcher(by.group(1)).matches()) {
                issuer = by.group(1); // 包头市人民政府办公室关于印发…的通知
            }
        }
        if (issuer == null && publisher != null && SIGNATURE.matcher(publisher).matches()) {
            issuer = publisher;
        }
        String province = null;
        String city = null;
        String district = null;
        if (issuer != null) {
            Matcher region = REGION.matcher(issuer);
            if (region.find()) {
                province = region.group(1);
                city = firstNonNull(region.group(2), region.group(3));
                district = region.group(4);
            }
        }
        if (district == null && title != null) {
            String titled = group(TITLE_REGION, title);
            // 2021年常州市…: the title names the issuing city itself, not a district of it.
            district = titled != null && !titled.equals(city) ? titled : null;
        }
        String regionName = city == null ? district : district == null ? city : city + district;
        if (regionName == null) {
            regionName = province;
        }
        Integer year = yearOf(title, number, created);
        return new DocumentMetadata(title, notice, number, issuer, publisher, created, published, expires,
                regionName, province, city, district, year);
    }

    /** 关于印发支持工业互联网发展若干政策和…行动计划(2021—2023年)的通知 → what it issues, 《》 removed. */
    private static String plainNoticeTitle(String notice) {
        Matcher m = NOTICE_PLAIN.matcher(notice);
        return m.matches() ? m.group(2).replace("《", "").replace("》", "").strip() : null;
    }

    private static Integer yearOf(String title, String number, LocalDate created) {
        // a plan's span (行动计划（2021—2023年）) is not the year the document is for
        String fromTitle = title == null || YEAR_SPAN.matcher(title).find() ? null : group(YEAR, title);
        if (fromTitle != null) {
            return Integer.valueOf(fromTitle);
        }
        String fromNumber = number == null ? null : group(NUMBER_YEAR, Characters.fold(number));
        if (fromNumber != null) {
            return Integer.valueOf(fromNumber);
        }
        return created == null ? null : created.getYear();
    }

    private static LocalDate nextDate(List<SourceText.Line> lines, int from) {
        for (int j = from; j < Math.min(lines.size(), from + 3); j++) {
            String f = lines.get(j).folded().replace(" ", "");
            if (f.isBlank()) {
                continue;
            }
            Matcher m = DATE_ONLY.matcher(f);
            return m.matches() ? Dates.parse(m.group(1)) : null;
        }
        return null;
    }

    private static String group(Pattern pattern, String s) {
        if (s == null) {
            return null;
        }
        Matcher m = pattern.matcher(s);
        return m.find() ? m.group(1).trim() : null;
    }

    private static <T> T firstNonNull(T a, T b) {
        return a != null ? a : b;
    }

    /** Dates as these pages write them: 2021-05-10, 2021年5月10日, 2021.5.10, 2021/05/10. */
    static final class Dates {
        static final String DATE = "\\d{4}\\s*[-年./]\\s*\\d{1,2}\\s*[-月./]\\s*\\d{1,2}\\s*日?";
        private static final Pattern PARTS = Pattern.compile("(\\d{4})\\D+(\\d{1,2})\\D+(\\d{1,2})");

        private Dates() {
        }

        static LocalDate parse(String s) {
            if (s == null) {
                return null;
            }
            Matcher m = PARTS.matcher(s);
            if (!m.find()) {
                return null;
            }
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                return null;
            }
        }
    }
}
