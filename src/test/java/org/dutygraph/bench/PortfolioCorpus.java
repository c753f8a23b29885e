package org.dutygraph.bench;

import org.dutygraph.document.DocumentImporter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The generated corpus of {@link ImportThroughputBenchmark#documents} as a portfolio (issue 13): the same documents
 * spread over jurisdictions and years, with the documents of the governments above them.
 *
 * <ul>
 *   <li><b>Jurisdictions.</b> {@value #DISTRICTS_PER_CITY} districts in each of the 10 cities of {@link #PROVINCES}
 *       (3 provinces): district document {@code i} belongs to district {@code i % 100} and is that district's
 *       {@code (i / 100)}-th document; with 1,000 documents each district has 10, over the years 2021–2024
 *       (3, 2, 3 and 2 of them; a different topic each: 生态环境保护, 大气污染防治 … 目标责任书). Each document signs
 *       with its district and city (常州市东青区人民政府, a date of its year), so the parser reads region, city,
 *       district, year and signing date from it.</li>
 *   <li><b>Bodies.</b> The structure and clauses of {@code ImportThroughputBenchmark.documents(count)} (same random
 *       seed: the same sections, clause counts, role phrases and boilerplate), except that each clause is, with a
 *       {@value #DISTRICT_COPY_SHARE} chance, a copy of one clause of the same department's section of its city's
 *       document, its first number changed (LineageBenchmark's adaptation): the district carries the city's work down,
 *       and lineage links the copy to the city's clause at import.</li>
 *   <li><b>Parents.</b> One document per city (市 departments, all 40 sections of 5 clauses), one per province
 *       (省 departments, 40 × 5) and one of the State Council (国务院, the ministries of 25 of the lines of work, 4
 *       clauses each), all of 2021 and in force through 2024 (失效日期). A city's clause copies one of its province's
 *       same department's, and a province's one of the matching ministry's, with a {@value #PARENT_COPY_SHARE} chance
 *       each (first number changed). Their other clauses are fresh {@link ClauseCorpus} clauses of another seed
 *       without its injected near-duplicates.</li>
 * </ul>
 * Parents come first in {@link #sources()}, so every district document finds its city's document when imported.
 */
final class PortfolioCorpus {

    /** Each province and its cities. */
    static final String[][] PROVINCES = {
            {"江苏省", "常州市", "无锡市", "苏州市", "南通市"},
            {"浙江省", "杭州市", "宁波市", "温州市"},
            {"安徽省", "合肥市", "芜湖市", "安庆市"}};
    static final int DISTRICTS_PER_CITY = 10;
    static final int CITIES = 10;
    static final int DISTRICTS = CITIES * DISTRICTS_PER_CITY;
    static final int FIRST_YEAR = 2021;
    static final int YEARS = 4;
    static final int PARENT_YEAR = 2021;
    static final double DISTRICT_COPY_SHARE = 0.25;
    static final double PARENT_COPY_SHARE = 0.4;
    static final int PARENT_CLAUSES = 5;
    static final int NATIONAL_CLAUSES = 4;
    static final String[] TOPICS = {"生态环境保护", "大气污染防治", "水污染防治", "土壤污染防治", "固体废物污染防治",
            "噪声污染防治", "污染防治攻坚", "碳达峰碳中和", "生态文明建设", "河湖长制"};
    /** The ministry of each line of work of {@link ImportThroughputBenchmark#DEPARTMENTS}, null where none is used. */
    static final String[] MINISTRIES = {"国家发展改革委", "教育部", "工业和信息化部", "财政部", "住房城乡建设部", null,
            "农业农村部", "商务部", "国家卫生健康委", "应急管理部", "市场监管总局", "公安部", null, "生态环境部", "自然资源部",
            null, "水利部", "交通运输部", "文化和旅游部", "科学技术部", "民政部", "人力资源社会保障部", "国家统计局", "司法部",
            "审计署", "国家林草局", null, null, null, null, "税务总局", "中国气象局", null, null, null, null, null, null,
            null, null};

    enum Level { NATIONAL, PROVINCE, CITY, DISTRICT }

    /** A generated document: its id, text, level, jurisdiction (as Document.region will read) and year. */
    record Document(String id, String text, Level level, String jurisdiction, int year) {
    }

    private final List<Document> documents;
    private final int copiedFromCity;

    private PortfolioCorpus(List<Document> documents, int copiedFromCity) {
        this.documents = documents;
        this.copiedFromCity = copiedFromCity;
    }

    List<Document> documents() {
        return documents;
    }

    /** How many district clauses were written as copies of their city's clauses. */
    int copiedFromCity() {
        return copiedFromCity;
    }

    List<DocumentImporter.Source> sources() {
        return documents.stream().map(d -> new DocumentImporter.Source(d.id(), d.text(), d.id())).toList();
    }

    static String city(int city) {
        int i = city;
        for (String[] province : PROVINCES) {
            if (i < province.length - 1) {
                return province[i + 1];
            }
            i -= province.length - 1;
        }
        throw new IllegalArgumentException("no city " + city);
    }

    static int province(int city) {
        int i = city;
        for (int p = 0; p < PROVINCES.length; p++) {
            if (i < PROVINCES[p].length - 1) {
                return p;
            }
            i -= PROVINCES[p].length - 1;
        }
        throw new IllegalArgumentException("no city " + city);
    }

    /** The name of district {@code d} of {@code city}: two characters (东青区); distinct within a city. */
    static String district(int city, int d) {
        String chars = ImportThroughputBenchmark.DISTRICT_CHARS;
        return "" + chars.charAt(d) + chars.charAt(10 + city) + "区";
    }

    /** The jurisdiction of district document {@code i} (常州市东青区), as Document.region reads it. */
    static String jurisdiction(int i) {
        int district = i % DISTRICTS;
        return city(district / DISTRICTS_PER_CITY) + district(district / DISTRICTS_PER_CITY, district % DISTRICTS_PER_CITY);
    }

    /** The year of the {@code round}-th document of each district, of {@code rounds}: spread over 2021–2024. */
    static int year(int round, int rounds) {
        return FIRST_YEAR + Math.min(YEARS - 1, round * YEARS / Math.max(1, rounds));
    }

    static PortfolioCorpus generate(int count) {
        SplittableRandom random = new SplittableRandom(ClauseCorpus.SEED + 2);
        ClauseCorpus.Corpus parentCorpus = ClauseCorpus.generate(6000, ClauseCorpus.SEED + 3);
        Set<Integer> injected = new HashSet<>();
        parentCorpus.injected().forEach(i -> {
            injected.add(i.original());
            injected.add(i.copy());
        });
        List<String> fresh = new ArrayList<>();
        for (int i = 0; i < parentCorpus.items().size(); i++) {
            if (!injected.contains(i)) {
                fresh.add(parentCorpus.items().get(i).text());
            }
        }
        int[] next = {0};
        String[] departments = ImportThroughputBenchmark.DEPARTMENTS;
        List<Document> documents = new ArrayList<>();

        String[][] national = new String[departments.length][];
        List<String> ministries = new ArrayList<>();
        for (int s = 0; s < departments.length; s++) {
            if (MINISTRIES[s] != null) {
                national[s] = new String[NATIONAL_CLAUSES];
                for (int c = 0; c < NATIONAL_CLAUSES; c++) {
                    national[s][c] = fresh.get(next[0]++);
                }
                ministries.add(MINISTRIES[s]);
            }
        }
        documents.add(new Document("national-" + PARENT_YEAR, parent("国务院", "", compact(national),
                ministries, null, random), Level.NATIONAL, null, PARENT_YEAR));

        String[][][] provinces = new String[PROVINCES.length][][];
        for (int p = 0; p < PROVINCES.length; p++) {
            provinces[p] = new String[departments.length][PARENT_CLAUSES];
            for (int s = 0; s < departments.length; s++) {
                for (int c = 0; c < PARENT_CLAUSES; c++) {
                    provinces[p][s][c] = national[s] != null && random.nextDouble() < PARENT_COPY_SHARE
                            ? LineageBenchmark.adapt(national[s][random.nextInt(NATIONAL_CLAUSES)], random) : fresh.get(next[0]++);
                }
            }
            List<String> names = new ArrayList<>();
            for (String d : departments) {
                names.add("省" + d.substring(1).replaceFirst("分局$|局$", "厅").replaceFirst("大队$", "总队"));
            }
            documents.add(new Document(String.format("province-%02d-%d", p, PARENT_YEAR),
                    parent(PROVINCES[p][0] + "人民政府", PROVINCES[p][0], Arrays.asList(provinces[p]), names, "省", random),
                    Level.PROVINCE, PROVINCES[p][0], PARENT_YEAR));
        }

        String[][][] cities = new String[CITIES][][];
        for (int city = 0; city < CITIES; city++) {
            int p = province(city);
            cities[city] = new String[departments.length][PARENT_CLAUSES];
            for (int s = 0; s < departments.length; s++) {
                for (int c = 0; c < PARENT_CLAUSES; c++) {
                    cities[city][s][c] = random.nextDouble() < PARENT_COPY_SHARE
                            ? LineageBenchmark.adapt(provinces[p][s][random.nextInt(PARENT_CLAUSES)], random) : fresh.get(next[0]++);
                }
            }
            List<String> names = new ArrayList<>();
            for (String d : departments) {
                names.add("市" + d.substring(1).replaceFirst("分局$", "局").replaceFirst("大队$", "支队"));
            }
            documents.add(new Document(String.format("city-%02d-%d", city, PARENT_YEAR),
                    parent(PROVINCES[p][0] + city(city) + "人民政府", city(city), Arrays.asList(cities[city]), names, "市", random),
                    Level.CITY, city(city), PARENT_YEAR));
        }

        // The district documents: ImportThroughputBenchmark.documents(count), clause for clause, but for the copies.
        SplittableRandom structure = new SplittableRandom(ClauseCorpus.SEED);
        var clauses = ClauseCorpus.generate(count * 130).items();
        int[] clause = {0};
        int[] copied = {0};
        int rounds = (count + DISTRICTS - 1) / DISTRICTS;
        for (int i = 0; i < count; i++) {
            int district = i % DISTRICTS;
            int city = district / DISTRICTS_PER_CITY;
            int round = i / DISTRICTS;
            int year = year(round, rounds);
            String name = district(city, district % DISTRICTS_PER_CITY);
            String header = city(city) + name + "人民政府\n\n" + year + "年" + (3 + round % 3 * 3) + "月" + (1 + district % 28)
                    + "日\n\n" + year + "年" + name + TOPICS[round % TOPICS.length] + "目标责任书\n\n";
            String[][] parent = cities[city];
            String text = ImportThroughputBenchmark.document(header, structure, s -> {
                String own = clauses.get(clause[0]++ % clauses.size()).text();
                if (random.nextDouble() < DISTRICT_COPY_SHARE) {
                    copied[0]++;
                    return LineageBenchmark.adapt(parent[s][random.nextInt(PARENT_CLAUSES)], random);
                }
                return own;
            });
            documents.add(new Document(String.format("c%02d-d%d-%d-%d", city, district % DISTRICTS_PER_CITY, year, round),
                    text, Level.DISTRICT, city(city) + name, year));
        }
        return new PortfolioCorpus(documents, copied[0]);
    }

    private static List<String[]> compact(String[][] sections) {
        List<String[]> kept = new ArrayList<>();
        for (String[] s : sections) {
            if (s != null) {
                kept.add(s);
            }
        }
        return kept;
    }

    /**
     * A parent document: signed by {@code issuer} on 20 March of {@link #PARENT_YEAR}, in force through 2024, one
     * section per name with its clauses; with a {@code level} prefix (省, 市) about half the clauses get the genre's
     * role phrases and 60 % of sections the boilerplate clause, as in the district documents.
     */
    private static String parent(String issuer, String place, List<String[]> sections, List<String> names, String level,
                                 SplittableRandom random) {
        StringBuilder text = new StringBuilder(issuer + "\n\n" + PARENT_YEAR + "年3月20日\n\n失效日期：2024年12月31日\n\n"
                + PARENT_YEAR + "年" + place + "生态环境保护目标责任书\n\n");
        for (int s = 0; s < sections.size(); s++) {
            text.append(ImportThroughputBenchmark.NUMERALS[s]).append("、").append(names.get(s)).append("\n\n");
            String[] bodies = sections.get(s);
            for (int c = 0; c < bodies.length; c++) {
                String body = bodies[c];
                if (level != null) {
                    String other = names.get(random.nextInt(names.size())).substring(1)
                            .replaceFirst("厅$|局$|总队$|支队$|中心$", "");
                    body = switch (random.nextInt(8)) {
                        case 0, 1 -> "会同" + other + "部门" + body;
                        case 2 -> "配合" + other + "部门" + body;
                        case 3 -> "由" + names.get(random.nextInt(names.size())) + "牵头，" + body;
                        default -> body;
                    };
                }
                text.append(c + 1).append(". ").append(body).append("\n\n");
            }
            if (level != null && random.nextInt(10) < 6) {
                text.append(bodies.length + 1).append(". ").append(ImportThroughputBenchmark.BOILERPLATE).append("\n\n");
            }
        }
        return text.toString();
    }
}
